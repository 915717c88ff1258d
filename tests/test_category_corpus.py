"""The category guess on real commission compositions and on the hard cases of each class."""

from __future__ import annotations

from category_corpus import compositions, results, score

from ncm_desktop.rules.category_guess import guess_category

#: The share of institutions that must get a category an expert accepts.
THRESHOLD = 0.95


def test_the_corpus_holds_enough_real_compositions_in_enough_languages() -> None:
    real = [c for c in compositions() if not c["country"].startswith("(")]
    assert len(real) >= 15
    assert {"es", "fr", "en", "pt", "ar"} <= {c["language"] for c in real}
    assert all(c["sources"] and all(s["title"] and s["year"] for s in c["sources"])
               for c in real)


def test_the_whole_corpus_maps_to_accepted_categories() -> None:
    assert score(results()) >= THRESHOLD


def test_the_real_compositions_alone_map_to_accepted_categories() -> None:
    real = [row for row in results() if not row.country.startswith("(")]
    assert score(real) >= THRESHOLD


def test_the_institutions_the_sources_name_map_to_accepted_categories() -> None:
    named = [row for row in results() if not row.country.startswith("(")
             and not row.reconstructed]
    assert score(named) >= THRESHOLD


def test_a_word_of_one_category_is_a_sure_guess() -> None:
    guess = guess_category("Secretaría de Marina")
    assert guess is not None and guess.category_id == "7.4.2.b" and guess.sure


def test_a_ministry_without_a_portfolio_word_is_unsure() -> None:
    guess = guess_category("Haut-Commissariat à la Réconciliation nationale")
    assert guess is not None and guess.category_id == "7.4.2.note" and not guess.sure


def test_words_of_two_categories_make_the_first_one_unsure() -> None:
    guess = guess_category("Ministère de la Promotion de la Femme, de l'Enfant et de la Famille")
    assert guess is not None and guess.category_id == "7.4.2.m" and not guess.sure


def test_territorial_administration_is_local_government_not_interior() -> None:
    for name in ("Ministère de l'Administration territoriale", "Ministry of Territorial "
                 "Administration", "Ministério da Administração do Território"):
        guess = guess_category(name)
        assert guess is not None and guess.category_id == "7.4.2.j", name


def test_a_body_word_inside_a_state_office_name_does_not_make_it_civil_society() -> None:
    guess = guess_category("Instituto Nacional Penitenciario")
    assert guess is not None and guess.category_id == "7.4.2.i"
    office = guess_category("Office of the United Nations High Commissioner for Refugees")
    assert office is not None and office.category_id == "7.4.5"


def test_arabic_article_swallowed_by_a_preposition_still_matches() -> None:
    guess = guess_category("الهيئة العامة للجمارك")
    assert guess is not None and guess.category_id == "7.4.2.d"


def test_a_parliamentary_committee_is_the_legislature_whatever_its_subject() -> None:
    guess = guess_category("لجنة الأمن والدفاع النيابية")
    assert guess is not None and guess.category_id == "7.4.2.t"
