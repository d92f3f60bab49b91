package org.podium.model;

import java.util.Objects;

/**
 * What one stage was for one category.
 *
 * @param categoryId     the category's id
 * @param status         run, cancelled or liaison
 * @param reportedWinner the winner as the itinerary writes them ({@code P. Quinonero}), or null
 */
public record StageCategory(String categoryId, StageStatus status, String reportedWinner) {
    public StageCategory {
        Objects.requireNonNull(categoryId, "categoryId");
        Objects.requireNonNull(status, "status");
        reportedWinner = Text.cleanOrNull(reportedWinner);
    }
}
