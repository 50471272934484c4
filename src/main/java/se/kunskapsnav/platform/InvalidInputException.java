package se.kunskapsnav.platform;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input that cannot be accepted, field by field: each field name maps to the key of its Swedish message.
 * Nothing was saved. Forms show each message at its field; the API answers 400 with the same texts, in
 * the order the fields were checked.
 */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> fieldMessageKeys;

    public InvalidInputException(Map<String, String> fieldMessageKeys) {
        super("Invalid input: " + fieldMessageKeys);
        this.fieldMessageKeys = Collections.unmodifiableMap(new LinkedHashMap<>(fieldMessageKeys));
    }

    public static InvalidInputException of(String field, String messageKey) {
        return new InvalidInputException(Map.of(field, messageKey));
    }

    public Map<String, String> fieldMessageKeys() {
        return fieldMessageKeys;
    }
}
