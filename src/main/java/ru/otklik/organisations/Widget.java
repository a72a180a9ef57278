package ru.otklik.organisations;

/** Platform widgets an organisation shows on its pages. */
public enum Widget {
    /** «Сообщить о проблеме» */
    REPORT_PROBLEM,
    /** «Высказать мнение» */
    SHARE_OPINION
}
