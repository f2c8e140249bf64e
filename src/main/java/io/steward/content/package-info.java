/**
 * Training modules as Markdown files under content/: reading and checking them, serving the valid ones, and keeping
 * every version served.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base"})
package io.steward.content;
