package org.podium.datapackage;

/** A column's type in {@code datapackage.json}. */
public enum ColumnType {
    STRING("string"),
    INTEGER("integer"),
    NUMBER("number"),
    DATE("date"),
    BOOLEAN("boolean"),
    /**
     * A time as {@code H:MM:SS[.mmm]}: a Frictionless {@code string} with a pattern, because its
     * {@code duration} means ISO 8601 and its {@code time} a time of day.
     */
    TIME("string");

    private final String frictionlessType;

    ColumnType(String frictionlessType) {
        this.frictionlessType = frictionlessType;
    }

    public String frictionlessType() {
        return frictionlessType;
    }
}
