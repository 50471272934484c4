package se.kunskapsnav.taxonomy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import se.kunskapsnav.directory.VocabularyRow;
import se.kunskapsnav.platform.ChangeLog;
import se.kunskapsnav.platform.ChangeOperation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Themes, target groups and course kinds: the terms content is tagged with. */
@ApplicationScoped
public class TaxonomyService {

    @PersistenceContext(unitName = "kunskapsnav")
    EntityManager em;

    @Inject
    ChangeLog changeLog;

    /** The terms of one vocabulary, sorted by name. */
    public List<Term> terms(TermSet vocabulary) {
        return em.createQuery("select t from Term t where t.vocabulary = :vocabulary order by t.name", Term.class)
                .setParameter("vocabulary", vocabulary)
                .getResultList();
    }

    /** Code to name, sorted by name: for showing the codes a row is tagged with. */
    public Map<String, String> names(TermSet vocabulary) {
        Map<String, String> names = new LinkedHashMap<>();
        terms(vocabulary).forEach(term -> names.put(term.getCode(), term.getName()));
        return names;
    }

    /** Inserts new terms and renames changed ones; a term removed from the file stays (rows may use it). */
    @Transactional
    public int synchronize(TermSet vocabulary, List<VocabularyRow> rows) {
        int changes = 0;
        for (VocabularyRow row : rows) {
            Term existing = em.find(Term.class, new Term.Key(vocabulary, row.code()));
            String id = vocabulary.name() + ":" + row.code();
            if (existing == null) {
                em.persist(new Term(vocabulary, row.code(), row.name()));
                changeLog.record("term", id, ChangeOperation.CREATE);
                changes++;
            } else if (existing.rename(row.name())) {
                changeLog.record("term", id, ChangeOperation.UPDATE);
                changes++;
            }
        }
        return changes;
    }
}
