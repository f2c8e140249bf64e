/**
 * Certificates: one for each completion, issued in its transaction, as a PDF with a code anyone can verify.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base", "directory", "learning"})
package io.steward.certification;
