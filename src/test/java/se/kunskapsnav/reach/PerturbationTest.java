package se.kunskapsnav.reach;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pieces of the cell key method: record keys, the perturbation table and the published figure. */
class PerturbationTest {

    /** The unit tests' key secret. */
    static final String SECRET = "unit tests only: reach record keys for hand-made facts";

    @Test
    void theNoiseFollowsTheTableAndIsBounded() {
        Random random = new Random(1);
        int[] seen = new int[2 * Perturbation.MOST + 1];
        int draws = 1_000_000;
        long sum = 0;
        for (int i = 0; i < draws; i++) {
            int noise = Perturbation.noise(5 + random.nextInt(10_000), random.nextInt());
            assertTrue(Math.abs(noise) <= Perturbation.MOST, "noise " + noise);
            seen[noise + Perturbation.MOST]++;
            sum += noise;
        }
        int[] percent = {1, 5, 12, 20, 24, 20, 12, 5, 1};
        for (int i = 0; i < percent.length; i++) {
            assertEquals(percent[i] / 100.0, seen[i] / (double) draws, 0.002, "noise " + (i - Perturbation.MOST));
        }
        assertEquals(0, sum / (double) draws, 0.01, "the noise has mean 0: figures are not pushed up or down");
    }

    @Test
    void theNoiseOfSetsThatDifferByAFewIsUnrelated() {
        // a person's key added to any cell key: the two noises should agree no more often than two draws do (17 %)
        Random random = new Random(2);
        int person = random.nextInt();
        int agreed = 0;
        int draws = 100_000;
        for (int i = 0; i < draws; i++) {
            int cell = random.nextInt();
            long count = 5 + random.nextInt(100);
            if (Perturbation.noise(count, cell) == Perturbation.noise(count + 1, cell + person)) {
                agreed++;
            }
        }
        assertEquals(0.172, agreed / (double) draws, 0.01);
    }

    @Test
    void whatAViewerWithoutExactFiguresSees() {
        assertEquals(Figure.exact(0), Figure.of(new Count(0, 12345), false), "nobody is nobody");
        for (int count = 1; count < Figure.SMALLEST_SHOWN; count++) {
            Figure small = Figure.of(new Count(count, 77 * count), false);
            assertTrue(small.hidden(), count + " is hidden");
            assertNull(small.shown());
            assertEquals(0, small.value(), "a hidden figure carries nothing of its count");
            assertNull(small.percentOf(10), "a share of a hidden count would give it away");
        }
        Random random = new Random(3);
        int adjusted = 0;
        for (int i = 0; i < 10_000; i++) {
            Count count = new Count(5 + random.nextInt(50), random.nextInt());
            Figure figure = Figure.of(count, false);
            assertEquals(figure, Figure.of(count, false), "the same persons, the same figure");
            if (!figure.hidden()) {
                assertTrue(Math.abs(figure.value() - count.value()) <= Perturbation.MOST, count + " gave " + figure);
                assertTrue(figure.value() >= Figure.SMALLEST_SHOWN);
                adjusted += figure.value() != count.value() ? 1 : 0;
            }
        }
        assertTrue(adjusted > 7_000, "most figures are adjusted: " + adjusted);
    }

    @Test
    void aViewerWithExactFiguresSeesTheCount() {
        assertEquals(Figure.exact(3), Figure.of(new Count(3, 42), true));
        assertEquals(Figure.exact(62), Figure.of(new Count(62, 42), true));
        assertEquals(62, Figure.exact(62).percentOf(100));
    }

    @Test
    void recordKeysAreTheSameForTheSameSecretAndUnguessableWithoutIt() {
        RecordKeys keys = new RecordKeys(SECRET);
        String person = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
        assertEquals(keys.person(person), new RecordKeys(SECRET).person(person), "every instance agrees");
        assertNotEquals(keys.person(person), new RecordKeys(SECRET + "!").person(person));
        assertNotEquals(keys.person(person), keys.person(person.replace('9', '8')));

        ReachFact group = new ReachFact(LocalDate.of(2026, 3, 4), Outcome.ATTENDED, null, null, 7L, "MUNICIPALITY",
                "2580", "25", "socialsekreterare", null, 12);
        ReachFact moreOfTheSame = new ReachFact(LocalDate.of(2026, 3, 4), Outcome.ATTENDED, null, null, 7L,
                "MUNICIPALITY", "2580", "25", "socialsekreterare", null, 13);
        assertEquals(keys.group("visit:3", group), keys.group("visit:3", moreOfTheSame),
                "a row keeps its key when its number is corrected");
        assertNotEquals(keys.group("visit:3", group), keys.group("visit:4", group));

        assertThrows(IllegalArgumentException.class, () -> new RecordKeys("too short"));
        assertFalse(new RecordKeys(SECRET).toString().contains(SECRET), "the secret is never printed");
    }
}
