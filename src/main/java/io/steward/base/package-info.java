/**
 * What every feature may use: the application shell and shared value types. Depends on no other feature.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.steward.base;
