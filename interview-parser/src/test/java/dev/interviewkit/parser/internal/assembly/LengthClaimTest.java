package dev.interviewkit.parser.internal.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The length an article claims in its lead. */
class LengthClaimTest {

    @Test
    void theLengthClaimGivesCharactersAndMinutes() {
        assertThat(LengthClaim.of("全文约10,000 字，阅读约需25分钟")).hasValueSatisfying(c ->
                assertThat(c).containsExactly(10_000, 25));
        assertThat(LengthClaim.of("全文约1.2万字")).hasValueSatisfying(c -> assertThat(c).containsExactly(12_000, -1));
        assertThat(LengthClaim.of("全文我们讨论了很多字词")).isEmpty();
    }
}
