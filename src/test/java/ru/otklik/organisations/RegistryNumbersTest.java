package ru.otklik.organisations;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RegistryNumbersTest {

    @Test
    void realRegistryNumbersAreValid() {
        // Sberbank: INN 7707083893, OGRN 1027700132195
        assertTrue(RegistryNumbers.isValidInn("7707083893"));
        assertTrue(RegistryNumbers.isValidOgrn("1027700132195"));
        // a person's INN and an entrepreneur's OGRNIP
        assertTrue(RegistryNumbers.isValidInn("500100732259"));
        assertTrue(RegistryNumbers.isValidOgrn("304500116000157"));
    }

    @Test
    void aChangedDigitBreaksTheCheck() {
        assertFalse(RegistryNumbers.isValidInn("7707083894"));
        assertFalse(RegistryNumbers.isValidInn("500100732258"));
        assertFalse(RegistryNumbers.isValidOgrn("1027700132196"));
        assertFalse(RegistryNumbers.isValidOgrn("304500116000158"));
    }

    @Test
    void wrongLengthsAndNonDigitsAreInvalid() {
        assertFalse(RegistryNumbers.isValidInn("77070838"));
        assertFalse(RegistryNumbers.isValidInn("77070838a3"));
        assertFalse(RegistryNumbers.isValidInn(null));
        assertFalse(RegistryNumbers.isValidOgrn("10277001321"));
        assertFalse(RegistryNumbers.isValidOgrn("102770013219x"));
    }
}
