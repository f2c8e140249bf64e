package io.steward.base;

/**
 * HR erased a person's personal data on request. Published inside the erasure transaction: each feature that keeps
 * records about people deletes or pseudonymises its records of the person in a listener (in that transaction, so
 * the erasure happens completely or not at all) and keeps only the evidence it must, without the person's name.
 */
public record PersonErased(EmployeeId person) {}
