package org.podium.model;

/** Whether a classification is what a source reported or what Podium computed. */
public enum Basis {
    REPORTED("reported"),
    COMPUTED("computed");

    private final String id;

    Basis(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Basis fromId(String id) {
        for (Basis basis : values()) {
            if (basis.id.equals(id)) {
                return basis;
            }
        }
        throw new IllegalArgumentException("unknown basis '" + id + "' (reported, computed)");
    }
}
