package ru.otklik.shared.action;

/** The caller of a write as a feature sees them; the kit only needs their ESIA oid (for the journal and keys). */
public interface Actor {

    String oid();
}
