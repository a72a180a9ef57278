package ru.otklik.polls;

/** What a question asks for. */
public enum QuestionKind {
    /** One option of 2..20. */
    SINGLE,
    /** Between minChoices and maxChoices options of 2..20. */
    MULTIPLE,
    /** A whole number from scaleMin to scaleMax, such as 1..5 or 0..10. */
    SCALE,
    /** Free text up to maxLength characters; shown to the owning organisation only. */
    TEXT
}
