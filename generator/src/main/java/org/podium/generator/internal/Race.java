package org.podium.generator.internal;

import java.io.IOException;
import java.util.List;
import org.podium.engine.TimingStatus;

/**
 * Runs the field over the stages and hands each row to a sink as soon as it is known, in the
 * sheet's order: stage, then category, then race number. The same field always gives the same rows, whatever the sink does,
 * so the written sheet and the built event agree row for row.
 */
public final class Race {

    private static final double NOT_STARTING = 0.003;
    private static final double DISQUALIFIED = 0.0015;
    private static final double TROUBLE = 0.06;
    private static final double PENALISED = 0.04;

    /** Receives the rows; {@code time} and {@code penalty} are whole seconds, -1 and 0 when there are none. */
    public interface Sink {
        void row(Crew crew, int stage, long time, long penalty, String reason, TimingStatus status) throws IOException;
    }

    private Race() {
    }

    public static void run(Field field, Sink sink) throws IOException {
        Dice dice = new Dice(field.raceSeed());
        // Each crew is made when the first stage reaches it: its row follows at once.
        boolean[] out = new boolean[field.size()];
        for (int stage = 1; stage <= field.stages().size(); stage++) {
            Field.StagePlan plan = field.stages().get(stage - 1);
            for (int c = 0; c < out.length; c++) {
                if (out[c]) {
                    continue;
                }
                Crew crew = field.crew(c);
                if (field.cancelled(stage, crew.discipline())) {
                    sink.row(crew, stage, field.awardedSeconds(), 0, null, TimingStatus.AWARDED);
                    continue;
                }
                out[c] = stage(dice, plan, crew, stage, sink);
            }
        }
    }

    /** One crew's row on one stage; true when the crew leaves the race with it. */
    private static boolean stage(Dice dice, Field.StagePlan plan, Crew crew, int stage, Sink sink) throws IOException {
        double fate = dice.nextDouble();
        double hours = plan.hours(crew.discipline()) * crew.pace() * (1 + 0.035 * dice.gaussian());
        if (dice.chance(TROUBLE)) {
            // Lost in the dunes, a broken part, a stuck truck: minutes to a few hours, mostly few.
            double bad = dice.nextDouble();
            double minutes = 5 + 145 * bad * bad;
            hours += minutes / 60;
        }
        long time = Math.round(Math.max(hours, 0.05) * 3600);
        // Slower crews push older machines harder and retire more often.
        double retiring = crew.discipline().retireRate() * crew.pace();
        if (fate < NOT_STARTING) {
            sink.row(crew, stage, -1, 0, null, TimingStatus.NOT_STARTED);
            return true;
        }
        if (fate < NOT_STARTING + DISQUALIFIED) {
            sink.row(crew, stage, time, 0, null, TimingStatus.DISQUALIFIED);
            return true;
        }
        if (fate < NOT_STARTING + DISQUALIFIED + retiring) {
            // Some timing systems keep the time to the last control reached, others leave it blank.
            long partial = dice.chance(0.45) ? Math.round(time * dice.between(0.3, 0.95)) : -1;
            sink.row(crew, stage, partial, 0, null, TimingStatus.RETIRED);
            return true;
        }
        if (dice.chance(PENALISED)) {
            int kind = dice.nextInt(3);
            switch (kind) {
                case 0 -> sink.row(crew, stage, time, 60L * dice.between(1, 10), "speeding in a liaison",
                        TimingStatus.FINISHED);
                case 1 -> sink.row(crew, stage, time, 60L * List.of(15, 30, 60).get(dice.nextInt(3)),
                        "missed waypoint", TimingStatus.FINISHED);
                default -> sink.row(crew, stage, time, 60L * dice.between(1, 20), "late at a time control",
                        TimingStatus.FINISHED);
            }
        } else {
            sink.row(crew, stage, time, 0, null, TimingStatus.FINISHED);
        }
        return false;
    }
}
