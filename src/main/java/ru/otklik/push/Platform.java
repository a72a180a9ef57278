package ru.otklik.push;

/** The push service a device is reached through: Firebase, Huawei, RuStore or Apple. */
public enum Platform {
    FCM,
    HMS,
    RUSTORE,
    APNS
}
