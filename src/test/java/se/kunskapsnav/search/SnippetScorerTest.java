package se.kunskapsnav.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The snippets' passage score is Lucene's to the last bit, so the same sentence is chosen. */
class SnippetScorerTest {

    private static final String[] WORDS = {"våld", "barn", "skydd", "boende", "heder", "stöd"};

    @Test
    void scoresEveryPassageExactlyAsLucene() {
        Random random = new Random(7);
        PassageScorer lucene = new PassageScorer();
        SnippetScorer ours = new SnippetScorer();
        for (int round = 0; round < 10_000; round++) {
            Passage passage = new Passage();
            int start = random.nextInt(5_000);
            passage.setStartOffset(start);
            passage.setEndOffset(start + 500);
            for (int match = random.nextInt(12), at = start; match > 0; match--) {
                at += random.nextInt(1, 40);
                String word = WORDS[random.nextInt(random.nextBoolean() ? 2 : WORDS.length)];
                passage.addMatch(at, at + word.length(), new BytesRef(word), random.nextInt(1, 30));
            }
            int contentLength = passage.getEndOffset() + random.nextInt(20_000);
            assertEquals(Float.floatToIntBits(lucene.score(passage, contentLength)),
                    Float.floatToIntBits(ours.score(passage, contentLength)), passage.toString());
        }
    }
}
