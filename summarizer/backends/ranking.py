"""Sentence ranking and selection for news: where a sentence sits, how central it is, what it names.

News puts the point first, so position is the strongest single signal (Lead-1 alone scores
ROUGE-1 25 on the dev set); the other signals decide which later sentences earn a place next to
the lead, and which lead-like sentences (a quote, a byline, a sentence leaning on the one before)
do not. Everything is linear in the article's length: centrality is each sentence's similarity
to the document centroid (LexRank's degree centrality without the quadratic similarity matrix),
and redundancy is checked only against the handful of sentences already chosen.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..facts.numbers import rounded_restatement
from .features import (
    SPEECH_TAIL,
    TIMECODE,
    SentenceFeatures,
    comment_without_words,
    in_speech,
    names,
    sentence_features,
    stems,
)

Vector = dict[str, float]


@dataclass(frozen=True)
class RankingConfig:
    """Weights and budgets. Tuned on the dev set (benchmarks/quality.py): position_decay,
    lead_bonus, title_weight, redundancy; figure_weight was lowered (it cost ROUGE). The rest
    are round priors the tuning left where they were."""

    position_decay: float = 0.8  # position prior 1 / (1 + i) ** decay
    lead_bonus: float = 0.3  # the first sentence, on top of the position prior
    centrality_weight: float = 0.5
    title_weight: float = 0.25  # similarity to the title, or to the lead when there is none
    name_weight: float = 0.2
    figure_weight: float = 0.05
    dangling_factor: float = 0.5  # a sentence read without the one it leans on
    quote_factor: float = 0.6  # direct speech: summaries report, they rarely quote
    question_factor: float = 0.4
    background_factor: float = 0.5  # "Ранее…", "Напомним…" past the lead: context, not the news
    # "В апреле корпорация объявила…" past the lead: what led up to the news, most often (RBC's
    # closing paragraph), though now and then the step just before it ("В конце октября суд
    # отменил приговор"): a lighter cost than background's
    earlier_factor: float = 0.6
    link_factor: float = 0.6
    attribution_share: float = 1.0  # a statement with its "Об этом заявил X": of the statement
    answer_factor: float = 3.0  # what a lead's "X прокомментировал Y." left out: X's words
    fragment_factor: float = 0.05  # headings, captions, bylines
    short_chars: int = 40  # below this a sentence rarely carries a whole fact
    long_chars: int = 300  # above this a sentence costs more reading than it gives
    redundancy: float = 0.3  # cosine above which a candidate repeats a chosen sentence
    target_chars: int = 300  # stop adding sentences once the summary is this long
    max_chars: int = 600  # past the minimum, never add a sentence that takes the summary past this
    min_sentences: int = 2
    max_terms: int = 400  # long inputs: sentences past this many are scored by position alone
    anchor_coverage: float = 0.5  # a sentence holding this much of the title states its news
    anchor_margin: float = 0.25  # ... and is brought in when the chosen ones hold this much less
    anchor_novel: float = 0.3  # ... or when this much of the title is in it and in none of them


@dataclass(frozen=True)
class Analysis:
    """What ranking knows about an article's sentences, before any weights are applied."""

    vectors: tuple[Vector, ...]  # unit tf-idf vectors over stems ({} past `max_terms`)
    features: tuple[SentenceFeatures, ...]
    centrality: tuple[float, ...]  # similarity to the rest of the article, max 1
    query: tuple[float, ...]  # similarity to the title (or the lead), max 1
    names: tuple[float, ...]  # recurring proper names the sentence mentions, max 1
    # share of the title's words (idf-weighted, only those the article has) the sentence holds;
    # empty without a real title
    coverage: tuple[float, ...] = ()
    # per sentence, the title's words it holds, each with its share of the title (they sum to
    # its coverage); empty without a real title
    title_parts: tuple[Vector, ...] = ()


@dataclass(frozen=True)
class Ranked:
    """Scores with what selection needs to know about each sentence."""

    scores: tuple[float, ...]
    vectors: tuple[Vector, ...]
    features: tuple[SentenceFeatures, ...]
    coverage: tuple[float, ...] = ()  # see Analysis.coverage
    title_parts: tuple[Vector, ...] = ()  # see Analysis.title_parts
    # per sentence, the people it names by surname only: the sentences introducing each (one of
    # them must come with it, before it); empty when unknown (see antecedents.person_needs)
    needs: tuple[tuple[frozenset[int], ...], ...] = ()


def _tfidf(tokens: Sequence[str], idf: dict[str, float]) -> Vector:
    vec: Vector = {}
    for t, c in Counter(tokens).items():
        w = (1.0 + math.log(c)) * idf.get(t, 0.0)
        if w > 0:
            vec[t] = w
    norm = math.sqrt(sum(w * w for w in vec.values()))
    return {t: w / norm for t, w in vec.items()} if norm else {}


def cosine(a: Vector, b: Vector) -> float:
    """Both vectors unit-length (as `_tfidf` makes them)."""
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())


def _normalized(values: Sequence[float]) -> tuple[float, ...]:
    top = max(values, default=0.0)
    return tuple(v / top if top > 0 else 0.0 for v in values)


def _usable(f: SentenceFeatures) -> bool:
    return not (f.boilerplate or f.fragment)


def analyze(
    sentences: Sequence[str],
    paragraphs: Sequence[int],
    title: str | None = None,
    max_terms: int = 400,
) -> Analysis:
    """Features of every sentence; the first `max_terms` sentences also get word statistics.

    Without a title, the lead (the first usable sentence) stands in for it: the sentences that
    elaborate what the lead announces are the ones a summary adds to it.
    """
    n = len(sentences)
    per_paragraph = Counter(paragraphs)
    speech = in_speech(sentences, paragraphs)
    feats = tuple(
        sentence_features(
            s, per_paragraph[p] == 1, q, i == n - 1 and n > 1, i == 0 or paragraphs[i - 1] != p
        )
        for i, (s, p, q) in enumerate(zip(sentences, paragraphs, speech, strict=True))
    )
    # Someone's words followed by "Об этом заявил X" are said by X: they may come as a pair.
    feats = tuple(
        replace(f, unattributed=False) if i + 1 < n and feats[i + 1].attribution else f
        for i, f in enumerate(feats)
    )
    feats = _unmarked_speech(sentences, paragraphs, feats)
    feats = _chapters(sentences, paragraphs, feats)
    feats = _elliptic(sentences, paragraphs, feats)
    feats = _comment_told(sentences, feats)
    scored = min(n, max_terms)
    tokens = [stems(s) for s in sentences[:scored]]
    # A lede whose words all come again in a fuller sentence just after it (a site's subtitle,
    # or a teaser that lost a word with its link) stands aside for that sentence. Not a lead
    # that "Об этом сказал X" attributes: the quote after that repeats it in the speaker's words.
    feats = tuple(
        replace(f, boilerplate=True)
        if i < scored and _restated(tokens, i) and not (i + 1 < n and feats[i + 1].attribution)
        else f
        for i, f in enumerate(feats)
    )
    df = Counter(t for toks in tokens for t in set(toks))
    idf = {t: math.log(1.0 + scored / c) for t, c in df.items()}
    vectors = [_tfidf(toks, idf) for toks in tokens]

    centroid: Vector = {}
    for vec in vectors:
        for t, w in vec.items():
            centroid[t] = centroid.get(t, 0.0) + w
    # Similarity to all the other sentences: the centroid minus the sentence itself.
    centrality = [
        max(0.0, sum(w * centroid[t] for t, w in v.items()) - 1.0) if v else 0.0 for v in vectors
    ]

    given_title = title if title and title.strip() else None
    if not (title and title.strip()):
        title = next(
            (s for s, f in zip(sentences[:scored], feats, strict=False) if _usable(f)), None
        )
    query_vec = _tfidf(stems(title), idf) if title else {}
    query = [cosine(v, query_vec) for v in vectors]

    name_sets = [set(names(s)) for s in sentences[:scored]]
    name_df = Counter(x for ns in name_sets for x in ns)
    title_names = set(names(" " + title)) if title else set()
    name_score = [sum(math.log(name_df[x]) + (x in title_names) for x in ns) for ns in name_sets]
    pad = (0.0,) * (n - scored)
    parts = _title_parts(given_title, sentences[:scored]) if given_title else ()
    coverage = tuple(sum(p.values()) for p in parts)
    return Analysis(
        vectors=tuple(vectors) + tuple({} for _ in pad),
        features=feats,
        centrality=_normalized(centrality) + pad,
        query=_normalized(query) + pad,
        names=_normalized(name_score) + pad,
        coverage=coverage + pad if coverage else (),
        title_parts=parts + tuple({} for _ in pad) if parts else (),
    )


def _keys(text: str) -> set[str]:
    """Title words as a reader matches them: five letters at most and never the last one, so that
    "продает" meets "продать" and "фонду" meets "фонд"; numbers whole ("45%" meets "45%")."""
    return {
        w if w.isdigit() else w[: max(4, min(5, len(w) - 1))]
        for w in stems(text)
        if len(w) > 3 or w.isdigit()
    }


def _flat(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _title_parts(title: str, sentences: Sequence[str]) -> tuple[Vector, ...]:
    """How much of what the title states each sentence holds: the title's words the article has,
    each weighted by how rare it is in the article (the name everything repeats counts little),
    as a share of the title per word held."""
    keys = [_keys(s) for s in sentences]
    # the title copied into the text (a teaser, a related link, a reader's comment quoting it)
    # states nothing the headline does not
    flat = _flat(title)
    keys = [
        set() if flat and flat in _flat(s) else ks for s, ks in zip(sentences, keys, strict=True)
    ]
    df = Counter(k for ks in keys for k in ks)
    wanted = {k: math.log(1.0 + len(keys) / df[k]) for k in _keys(title) if df[k]}
    total = sum(wanted.values())
    if len(wanted) < 2 or not total:
        return ()
    return tuple({k: w / total for k, w in wanted.items() if k in ks} for ks in keys)


def _unmarked_speech(
    sentences: Sequence[str], paragraphs: Sequence[int], feats: tuple[SentenceFeatures, ...]
) -> tuple[SentenceFeatures, ...]:
    """Somebody's words whose quote marks the page lost: the sentences before "…? написал Туск"
    in its paragraph (three at most, back to the narration that names a speaker), and the
    sentence that holds the verb after a stop."""
    out = list(feats)
    for i, text in enumerate(sentences):
        m = SPEECH_TAIL.search(text)
        if m is None or (m.start() == 0 and not text[:1].islower()):
            continue
        if m.start() > 0:
            out[i] = replace(out[i], open_quote=True)
        for j in range(i - 1, max(-1, i - 4), -1):
            if paragraphs[j] != paragraphs[i] or (feats[j].reported and not feats[j].quote):
                break  # the narration that introduced the words ("Туск признал, что…")
            out[j] = replace(out[j], open_quote=True)
    return tuple(out)


# A short sentence naming nothing: "Минимальные температуры будут отрицательными." takes its
# place ("в устье Волги") and its time from the sentence before it.
_NAMED = re.compile(r"\d|(?<=\s)[«\"A-ZА-ЯЁ]")


def _elliptic(
    sentences: Sequence[str], paragraphs: Sequence[int], feats: tuple[SentenceFeatures, ...]
) -> tuple[SentenceFeatures, ...]:
    """Short sentences inside a paragraph that name no one, no place, no number and no date lean
    on the sentence before them, as "Он…" does."""
    return tuple(
        replace(f, dangling=True)
        if i > 0
        and paragraphs[i - 1] == paragraphs[i]
        and f.chars < 60
        and not f.quote
        and not _NAMED.search(sentences[i].strip())
        else f
        for i, f in enumerate(feats)
    )


def _comment_told(
    sentences: Sequence[str], feats: tuple[SentenceFeatures, ...], ahead: int = 4
) -> tuple[SentenceFeatures, ...]:
    """A lead saying only that somebody commented ("Захарова прокомментировала отставку
    Джонсона.") needs what they said: the first sentence after it that reports words (a quote
    with "— отметил он", "По мнению Ермака, …"; whole, not one of the story's past) is marked."""
    lead = next((i for i, f in enumerate(feats) if _usable(f)), None)
    if lead is None or not comment_without_words(sentences[lead]):
        return feats
    for j in range(lead + 1, min(lead + 1 + ahead, len(feats))):
        f = feats[j]
        if f.reported and _penalty(f, RankingConfig()) > 0 and not (f.background or f.attribution):
            return (*feats[:j], replace(f, answers=True), *feats[j + 1 :])
    return feats


def _chapters(
    sentences: Sequence[str], paragraphs: Sequence[int], feats: tuple[SentenceFeatures, ...]
) -> tuple[SentenceFeatures, ...]:
    """A paragraph that opens with a video's time code ("13:26 — …") is a list of chapters."""
    listed = {p for s, p in zip(sentences, paragraphs, strict=True) if TIMECODE.match(s)}
    firsts = {p: i for i, p in reversed(list(enumerate(paragraphs)))}
    listed = {p for p in listed if TIMECODE.match(sentences[firsts[p]])}
    return tuple(
        replace(f, boilerplate=True) if p in listed else f
        for f, p in zip(feats, paragraphs, strict=True)
    )


def _restated(tokens: Sequence[Sequence[str]], i: int, ahead: int = 3) -> bool:
    """Sentence `i` says nothing a sentence just after it does not, and that one says more: at
    least three words more (not only "говорится в сообщении")."""
    words = set(tokens[i])
    if len(words) < 4:
        return False
    return any(
        len(words - set(tokens[j])) <= 1 and len(set(tokens[j]) - words) >= 3
        for j in range(i + 1, min(i + 1 + ahead, len(tokens)))
    )


def _penalty(f: SentenceFeatures, c: RankingConfig) -> float:
    """Multiplicative: what makes a sentence a poor chat summary whatever it says."""
    if (
        f.boilerplate
        or f.unfinished
        or f.cut_start
        or f.open_quote
        or f.unattributed
        or f.foreign
        or f.credit
    ):
        # not article text; a sentence the page cut at its end or its start; a piece of a longer
        # quote; someone's words with nobody saying them; an outlet credited and no news
        return 0.0
    factor = 1.0
    if f.fragment or f.verbless:
        factor *= c.fragment_factor
    if f.quote:
        factor *= c.quote_factor
    if f.question:
        factor *= c.question_factor
    if f.link:
        factor *= c.link_factor
    if f.chars < c.short_chars:
        factor *= f.chars / c.short_chars
    if f.chars > c.long_chars:
        factor *= c.long_chars / f.chars
    return factor


def score(analysis: Analysis, config: RankingConfig = RankingConfig()) -> Ranked:
    """One score per sentence, higher is more summary-worthy; comparable within one article.

    Position counts usable sentences only, so a byline or a photo caption above the text does
    not push the real lead down.
    """
    c = config
    scores: list[float] = []
    position = 0
    for i, f in enumerate(analysis.features):
        prior = 1.0 / (1.0 + position) ** c.position_decay + (
            c.lead_bonus if position == 0 else 0.0
        )
        value = (
            prior
            + c.centrality_weight * analysis.centrality[i]
            + c.title_weight * analysis.query[i]
            + c.name_weight * analysis.names[i]
            + c.figure_weight * f.has_figure
        )
        if f.background and position > 0:
            value *= c.background_factor
        elif f.earlier and position > 0:
            value *= c.earlier_factor
        if f.answers:
            value *= c.answer_factor
        scores.append(value * _penalty(f, c))
        position += _usable(f) and not f.question  # a teaser's questions do not push the lead down
    return Ranked(
        tuple(scores),
        analysis.vectors,
        analysis.features,
        analysis.coverage,
        analysis.title_parts,
    )


def standalone(ranked: Ranked, config: RankingConfig = RankingConfig()) -> list[float]:
    """Scores for sentences judged one by one: a dangling start costs its full penalty."""
    return [
        s * (config.dangling_factor if f.dangling else 1.0)
        for s, f in zip(ranked.scores, ranked.features, strict=True)
    ]


def _units(
    ranked: Ranked, chosen: Sequence[int], config: RankingConfig, room: int
) -> list[tuple[float, tuple[int, ...]]]:
    """What may be added next, with its value: single sentences, and a sentence that leans on the
    one before it together with that one ("Токаев остановился на торговле. По его словам, …").

    A leaning sentence ("Он также…", "При этом…") comes only right after what it leans on; a
    statement followed by "Об этом заявил X" comes only with it, and that attribution only when
    the statement does not name its speaker already; the summary never opens with a question.
    """
    units: list[tuple[float, tuple[int, ...]]] = []
    scores, feats = ranked.scores, ranked.features
    n = len(scores)
    for i, value in enumerate(scores):
        if value <= 0 or i in chosen:
            continue
        f = feats[i]
        opening = not any(c < i for c in chosen)  # it would open the summary, in text order
        if f.attribution and i > 0 and (feats[i - 1].reported or feats[i - 1].credited):
            continue  # "Об этом заявил…" after a sentence that says who already
        if (
            i + 1 < n
            and feats[i + 1].attribution
            and not (f.reported or f.credited)
            and scores[i + 1] > 0
        ):
            continue  # its speaker is named in the next sentence: offered as a pair from there
        if f.dangling and (i - 1) not in chosen:
            before = feats[i - 1] if i > 0 else None
            if (
                room >= 2
                and before is not None
                and scores[i - 1] > 0
                and not before.dangling
                and not (opening and before.question)
            ):
                pair = (scores[i - 1] + value) / 2
                if f.attribution:
                    # "Об этом заявил X" adds a speaker, not another point: the pair is worth
                    # its statement (the average would put it below sentences it outranks)
                    pair = max(pair, config.attribution_share * scores[i - 1])
                units.append((pair, (i - 1, i)))
            continue
        if opening and f.question:
            continue
        units.append((value, (i,)))
    return [
        completed
        for value, unit in units
        if (completed := _introduce(ranked, chosen, unit, room, value))
    ]


def _introduce(
    ranked: Ranked, chosen: Sequence[int], unit: tuple[int, ...], room: int, value: float
) -> tuple[float, tuple[int, ...]] | None:
    """The unit with the sentences that introduce the people it names by surname only ("Зеле
    подчеркнул…" comes after "глава OMV Райнер Зеле…"), or None when they cannot come with it:
    none usable, or no room. A unit that needs nothing comes back as it was, with its value."""
    scores, feats = ranked.scores, ranked.features
    if not ranked.needs:
        return value, unit
    members = set(unit)
    for _ in range(3):  # an introducing sentence may itself lean on an introduction
        present = set(chosen) | members
        # a caption or a heading names people without introducing them to a summary's reader
        # ("Император Акихито (справа) с президентом…" above the news of him): no need for it
        missing = [
            g
            for i in sorted(members)
            for g in ranked.needs[i]
            if not g & present and not all(feats[k].fragment or feats[k].verbless for k in g)
        ]
        if not missing:
            if members == set(unit):
                return value, unit
            picked = tuple(sorted(members))
            return sum(scores[i] for i in picked) / len(picked), picked
        for group in missing:
            if group & members:
                continue
            usable = [
                k
                for k in group
                if scores[k] > 0
                and (not feats[k].dangling or (k - 1) in present)
                and not (feats[k].question and not any(c < k for c in present))
            ]
            if not usable:
                return None
            members.add(max(usable, key=lambda k: scores[k]))
        if len(members) > room:
            return None
    return None


def select(
    ranked: Ranked, max_sentences: int, config: RankingConfig = RankingConfig()
) -> list[int]:
    """Indices of the summary, in text order: greedy by score, skipping repeats, within budget.

    A sentence opening with a reference to what came before ("Он также…", "При этом…") is
    penalized unless the sentence it leans on is chosen too, before it or together with it.
    When the title states something none of the chosen sentences does and one sentence of the
    article does ("продает 45% бизнеса арабам" and "фонд Абу-Даби приобретет 45% акций"), that
    sentence comes first and the rest is chosen around it: background never outranks the news.
    """
    n = len(ranked.scores)
    if not any(v > 0 for v in ranked.scores):
        return [0] if n else []  # nothing but boilerplate: say something rather than nothing
    chosen = _greedy(ranked, max_sentences, config, ())
    anchor = _anchor(ranked, chosen, max_sentences, config)
    if anchor:
        chosen = _greedy(ranked, max_sentences, config, anchor)
    if not chosen:
        # the last resort: the best sentence that reads alone, a leaning one only if none does
        alone = [
            i
            for i, f in enumerate(ranked.features)
            if ranked.scores[i] > 0 and not f.dangling and not f.question
        ]
        chosen = [max(alone or range(n), key=lambda i: ranked.scores[i])]
    return sorted(chosen)


def _anchor(
    ranked: Ranked, chosen: Sequence[int], max_sentences: int, config: RankingConfig
) -> tuple[int, ...]:
    """The unit holding the sentence that states the title's news, when the chosen ones miss it;
    () when they hold it, or no usable sentence does."""
    cover = ranked.coverage
    if not cover or not chosen:
        return ()
    held = max(cover[i] for i in chosen)
    feats = ranked.features
    candidates = [
        i
        for i, f in enumerate(feats)
        if not (f.background or f.dated or f.fragment or f.verbless or f.question)
        and f.chars >= config.short_chars
    ]
    if not candidates:
        return ()
    best = max(candidates, key=lambda i: (cover[i], ranked.scores[i]))
    if cover[best] < config.anchor_coverage or (
        cover[best] - held < config.anchor_margin
        and _novel(ranked, best, chosen) < config.anchor_novel
    ):
        return ()
    units = [unit for _, unit in _units(ranked, [], config, max_sentences) if best in unit]
    if units:
        return min(units, key=len)
    # "Именно это обстоятельство вынудило её продать…" leans on a sentence that leans on another:
    # the chain back to the lead, when the summary has room for all of it
    chain = [best]
    while feats[chain[0]].dangling and chain[0] > 0 and len(chain) < max_sentences:
        chain.insert(0, chain[0] - 1)
    lead = next((i for i, f in enumerate(feats) if _usable(f) and ranked.scores[i] > 0), None)
    if (
        chain[0] != lead  # only the lead's own chain: "Пушков также…" back into a side story, no
        or feats[chain[0]].dangling
        or any(ranked.scores[i] <= 0 or feats[i].question for i in chain)
        or sum(feats[i].chars + 1 for i in chain) > config.max_chars
    ):
        return ()
    return tuple(chain)


# Title keys (see _keys) of words that say nothing of the news: "о своей победе" is not what a
# sentence with "в своем Twitter" adds (core0030 of the seed-1234 sweep)
_FUNCTION_KEYS = frozenset(
    "свое своег свою свои своя почем котор этот этом этих такж тако очен боле посл чтоб когда тогд".split()
)


def _novel(ranked: Ranked, i: int, chosen: Sequence[int]) -> float:
    """The share of the title sentence `i` holds that none of the chosen ones does: "опровергла
    свою вину в уходе … из семьи" is not said by a lead that names the same two people."""
    if not ranked.title_parts:
        return 0.0
    said = {k for j in chosen for k in ranked.title_parts[j]} | _FUNCTION_KEYS
    return sum(w for k, w in ranked.title_parts[i].items() if k not in said)


def _same_total(ranked: Ranked, i: int, j: int) -> bool:
    """Both state one large amount, as written or once rounded ("200 млн" and "200 млн", "12 трлн"
    and "12,1 трлн"), about the same thing (some words in common): the second says the first
    again. "306 млн" and "304 млн" are two amounts (`rounded_restatement`, the rule the figures
    block uses too)."""
    return (
        any(
            unit == other
            and (a.replace(".", ",") == b.replace(".", ",") or rounded_restatement(a, b))
            for a, unit in ranked.features[i].totals
            for b, other in ranked.features[j].totals
        )
        and cosine(ranked.vectors[i], ranked.vectors[j]) > 0.1
    )


def _greedy(
    ranked: Ranked, max_sentences: int, config: RankingConfig, seed: tuple[int, ...]
) -> list[int]:
    """Greedy by score from `seed` (chosen first, whatever its score), skipping repeats."""
    minimum = min(config.min_sentences, max_sentences)
    chosen: list[int] = list(seed)
    total = sum(ranked.features[i].chars + 1 for i in seed) - (1 if seed else 0)
    while len(chosen) < max_sentences:
        units = sorted(_units(ranked, chosen, config, max_sentences - len(chosen)), reverse=True)
        pick: tuple[int, ...] = ()
        for _, unit in units:
            if not any(
                cosine(ranked.vectors[i], ranked.vectors[j]) > config.redundancy
                or (ranked.features[i].unharmed and ranked.features[j].unharmed)
                or _same_total(ranked, i, j)
                for i in unit
                for j in chosen
            ):
                pick = unit
                break
        if not pick:
            break
        size = sum(ranked.features[i].chars + 1 for i in pick) - (0 if chosen else 1)
        if len(chosen) >= minimum and total + size > config.max_chars:
            break
        chosen.extend(pick)
        total += size
        if len(chosen) >= minimum and total >= config.target_chars:
            break
    return chosen
