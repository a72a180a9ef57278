package ru.otklik.appeals;

/** Where an appeal came from. */
public enum Channel {
    /** The Gosuslugi portal. */
    PORTAL,
    /** The «Сообщить о проблеме» widget on an organisation's page. */
    WIDGET,
    /** The mobile app «Госуслуги. Решаем вместе». */
    MOBILE,
    /** The contact centre (lines 122, 117): an operator files for a caller. */
    CONTACT_CENTER,
    /** A one-stop service centre counter: an operator files for a visitor. */
    MFC,
    /**
     * The Open311 GeoReport v2 API: a citizen files with their own token, or an integration partner for a citizen
     * (with the applicant's name and phone), for an organisation of its scope.
     */
    OPEN311;

    public boolean enteredByOperator() {
        return this == CONTACT_CENTER || this == MFC;
    }
}
