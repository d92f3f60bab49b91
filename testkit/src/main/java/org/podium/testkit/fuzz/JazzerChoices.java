package org.podium.testkit.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.util.Random;

/**
 * A Jazzer fuzz test's {@link Choices}: Jazzer's while its input lasts, so coverage steers the
 * first decisions, then a random source seeded by the input's first bytes, so one input always
 * makes the same choices. Needs {@code com.code-intelligence:jazzer-api} (an optional dependency
 * of the test kit: a plugin's fuzz tests bring it with {@code jazzer-junit}).
 */
public final class JazzerChoices {

    private JazzerChoices() {
    }

    public static Choices of(FuzzedDataProvider data) {
        Choices fuzzer = new Choices() {
            @Override
            public int pick(int min, int max) {
                return data.consumeInt(min, max);
            }

            @Override
            public byte[] bytes(int maxLength) {
                return data.consumeBytes(maxLength);
            }
        };
        return Choices.untilExhausted(fuzzer, data::remainingBytes, new Random(data.consumeLong()));
    }
}
