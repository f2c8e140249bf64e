package io.steward.directory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import io.steward.base.Role;
import io.steward.base.ui.StewardView;
import io.steward.directory.importing.DirectoryImportService;
import io.steward.directory.importing.ImportMode;
import io.steward.directory.importing.ImportRejectedException;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * HR uploads the staff list; Steward checks it and either lists every problem, or shows what would change.
 * Only a confirmed preview is imported, and the file is checked again then, inside the import.
 */
@Route("people/import")
@RolesAllowed(Role.Names.HR)
class DirectoryImportView extends StewardView {

    static final String COLUMNS = "employee_id,email,display_name,department,manager_id,roles,locale,hire_date,active";

    private final transient DirectoryImportService imports;
    private final Checkbox fullList = new Checkbox();
    private final Upload upload;
    private final Div outcome = new Div();
    private byte[] file;

    DirectoryImportView(DirectoryImportService imports) {
        super("import.title");
        this.imports = imports;
        Paragraph intro = new Paragraph(getTranslation("import.intro"));
        Paragraph columns = new Paragraph(new Code(COLUMNS));
        columns.addClassName("import-columns");
        Paragraph rules = new Paragraph(getTranslation("import.rules"));

        fullList.setLabel(getTranslation("import.fullList"));
        fullList.setValue(true);
        fullList.addValueChangeListener(change -> {
            if (file != null) {
                check(file);
            }
        });

        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> check(bytes)));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(DirectoryImportService.MAX_FILE_BYTES);
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("import.upload.button")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("import.upload.drop"))));
        upload.addFileRejectedListener(rejected -> error(rejected.getErrorMessage()));

        outcome.addClassName("import-outcome");
        outcome.getElement().setAttribute("aria-live", "polite");
        add(intro, columns, rules, fullList, upload, outcome);
    }

    private ImportMode mode() {
        return fullList.getValue() ? ImportMode.FULL : ImportMode.PARTIAL;
    }

    /** Checks a file; the upload is emptied again at once, so that a fixed file can follow. */
    private void check(byte[] bytes) {
        upload.clearFileList();
        try {
            show(new ImportPreviewPanel(imports.preview(bytes, mode()), this::confirm, this::reset));
            file = bytes;
        } catch (ImportRejectedException e) {
            file = null;
            show(new ImportProblemsPanel(e.problems()));
        }
    }

    private void confirm() {
        try {
            show(new ImportResultPanel(imports.importStaffList(file, mode())));
        } catch (ImportRejectedException e) {
            show(new ImportProblemsPanel(e.problems()));
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
            error(getTranslation("import.conflict"));
        }
        file = null;
    }

    private void reset() {
        file = null;
        outcome.removeAll();
    }

    private void show(Component panel) {
        outcome.removeAll();
        outcome.add(panel);
    }

    private void error(String message) {
        Notification.show(message, 8000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
