package io.steward.base.ui;

/**
 * A figure beside a menu entry, such as the overdue count beside My training. A feature contributes one as a
 * bean; the shell asks it again after every navigation and shows nothing while it is zero.
 */
public interface MenuBadge {

    /** The route of the menu entry it belongs to, as in {@code @Route} ("training"). */
    String route();

    /** The figure for the signed-in person. */
    long count();

    /** The message key that says what the figure means, with {0} for it ("{0} overdue"). */
    String labelKey();
}
