package ru.otklik.polls;

/** When people other than the owning organisation (which always may) see a poll's results. */
public enum ResultsVisibility {
    /** Any time once published. */
    ALWAYS,
    /** Once the caller has voted, and to everyone once the poll is closed. */
    AFTER_VOTE,
    /** Once the poll is closed. */
    AFTER_CLOSE
}
