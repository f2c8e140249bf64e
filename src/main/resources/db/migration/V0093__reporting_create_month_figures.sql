-- The completion trend's closed months, as counted once the month was over (docs/decisions/0014-fast-dashboards.md):
-- for each month, per department and module, the current assignments of active people made by the end of the
-- month and how many of them had been completed by then. reporting_month says which months are stored (a month
-- can be stored with no figures at all). Reporting's own tables: no other feature reads or writes them.
CREATE TABLE reporting_month (
    month      INT          NOT NULL PRIMARY KEY,
    counted_at TIMESTAMP(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE reporting_month_figure (
    month         INT          NOT NULL,
    department_id BIGINT       NOT NULL, -- 0 for people without a department
    module_id     VARCHAR(100) NOT NULL,
    assigned      BIGINT       NOT NULL,
    completed     BIGINT       NOT NULL,
    CONSTRAINT pk_reporting_month_figure PRIMARY KEY (month, department_id, module_id),
    CONSTRAINT fk_reporting_month_figure_month FOREIGN KEY (month) REFERENCES reporting_month (month)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
