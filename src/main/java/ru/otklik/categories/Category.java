package ru.otklik.categories;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A topic of appeals, in a tree, with the answer deadline in working days. */
@Entity
@Table(name = "category")
public class Category {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "parent_id")
    public Long parentId;

    @Column(nullable = false, unique = true)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "deadline_days", nullable = false)
    public int deadlineDays;

    /** Priority topics (servicemen and their families) are answered first. */
    public boolean priority;

    /** Health, servicemen: appeals of this topic (and below it) never appear on the public map. */
    public boolean sensitive;

    public boolean active = true;

    @Version
    public int version;
}
