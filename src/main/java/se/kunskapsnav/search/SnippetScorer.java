package se.kunskapsnav.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score, computed the same way to the last bit, without Lucene's hash of the passage's words: that
 * hash takes a new 32 KB block for every passage scored, and a search's snippets score dozens of passages, which made
 * the snippets half of everything a search allocated. A passage has few matches, so its words are compared in a list.
 */
final class SnippetScorer extends PassageScorer {

    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] words = new BytesRef[matches];
        int[] inPassage = new int[matches];
        int[] inDocument = new int[matches];
        int distinct = 0;
        for (int i = 0; i < matches; i++) {
            BytesRef word = passage.getMatchTerms()[i];
            int index = 0;
            while (index < distinct && !words[index].bytesEquals(word)) {
                index++;
            }
            if (index == distinct) {
                // in the order first met, as Lucene's hash numbers them, so the sum is added up in the same order
                words[distinct++] = word;
                inDocument[index] = passage.getMatchTermFreqsInDoc()[i];
            }
            inPassage[index]++;
        }
        double score = 0;
        for (int i = 0; i < distinct; i++) {
            score += tf(inPassage[i], passage.getLength()) * weight(contentLength, inDocument[i]);
        }
        score *= norm(passage.getStartOffset());
        return (float) score;
    }
}
