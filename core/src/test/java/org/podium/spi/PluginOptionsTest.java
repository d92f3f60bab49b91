package org.podium.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.junit.jupiter.api.Test;

class PluginOptionsTest {

    private static final PluginOption<String> PAPER = PluginOption.choice("paper", "page size", "a4", "a4", "letter");
    private static final PluginOption<Integer> LEVEL = PluginOption.integer("level", "compression", 6, 0, 9);
    private static final PluginOption<Boolean> CHARTS = PluginOption.flag("charts", "draw charts", true);
    private static final ImmutableList<PluginOption<?>> DECLARED = Lists.immutable.of(PAPER, LEVEL, CHARTS);

    @Test
    void theDefaultAppliesWhenNothingIsGiven() {
        PluginOptions options = PluginOptions.defaults(DECLARED);
        assertThat(options.get(PAPER)).isEqualTo("a4");
        assertThat(options.get(LEVEL)).isEqualTo(6);
        assertThat(options.get(CHARTS)).isTrue();
    }

    @Test
    void givenValuesAreTypedAndChoicesIgnoreCase() {
        PluginOptions options = PluginOptions.parse(DECLARED, Map.of("paper", "LETTER", "level", "9", "charts", "false"));
        assertThat(options.get(PAPER)).isEqualTo("letter");
        assertThat(options.get(LEVEL)).isEqualTo(9);
        assertThat(options.get(CHARTS)).isFalse();
    }

    @Test
    void aBadValueNamesTheKeyTheValueAndWhatIsAllowed() {
        assertThatThrownBy(() -> PluginOptions.parse(DECLARED, Map.of("paper", "a3")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'a3' is not a value of 'paper'; allowed: a4, letter");
        assertThatThrownBy(() -> PluginOptions.parse(DECLARED, Map.of("level", "12")))
                .hasMessage("'12' is not a value of 'level'; allowed: a whole number from 0 to 9");
        assertThatThrownBy(() -> PluginOptions.parse(DECLARED, Map.of("charts", "yes")))
                .hasMessage("'yes' is not a value of 'charts'; allowed: true, false");
        assertThatThrownBy(() -> PluginOptions.parse(DECLARED, Map.of("size", "1")))
                .hasMessage("no option 'size'; its options: paper, level, charts");
    }

    @Test
    void aPluginCannotReadAnOptionItDidNotDeclare() {
        PluginOptions options = PluginOptions.defaults(Lists.immutable.of(PAPER));
        assertThatThrownBy(() -> options.get(LEVEL)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'level' is not declared");
    }

    @Test
    void aDeclarationMustBeCoherent() {
        assertThatThrownBy(() -> PluginOption.choice("paper", "page size", "a3", "a4", "letter"))
                .hasMessageContaining("must be one of a4, letter");
        assertThatThrownBy(() -> PluginOption.text("Paper", "x", "")).hasMessageContaining("lower-case");
        assertThatThrownBy(() -> ExporterDescriptor.builder("x", "X").extensions("x").option(PAPER).option(PAPER).build())
                .hasMessageContaining("declares an option key twice");
        assertThatThrownBy(() -> ExporterDescriptor.builder("x", "X").build())
                .hasMessageContaining("a file exporter names its extension");
    }

    @Test
    void eachKindOfOptionOffersTheValuesATestShouldTry() {
        assertThat(PluginOption.choice("paper", "page size", "a4", "a4", "letter").examples())
                .containsExactly("a4", "letter");
        assertThat(PluginOption.flag("pretty", "indent", true).examples()).containsExactly("true", "false");
        assertThat(PluginOption.integer("rows", "rows per sheet", 10, 1, 100).examples())
                .containsExactly("1", "10", "100");
        assertThat(PluginOption.integer("copies", "copies", 1, 1, 3).examples()).containsExactly("1", "3");
        assertThat(PluginOption.text("suffix", "appended", "x").examples()).containsExactly("x", "");
        assertThat(PluginOption.of("zone", "a zone", java.time.ZoneOffset.UTC, "an offset",
                java.time.ZoneOffset::of).examples()).isEmpty();
    }
}
