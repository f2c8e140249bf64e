-- The file text of each served version, so that a module whose file is broken when Steward starts can keep
-- serving its last valid version. Empty for versions stored before this column existed.
ALTER TABLE module_version ADD COLUMN source LONGTEXT NULL;
