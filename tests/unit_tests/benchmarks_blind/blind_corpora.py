"""What each hand-written blind corpus must satisfy, one entry per corpus.

The folded tests (``test_blind_corpus.py`` and ``test_blind_benchmark.py``)
are parametrized over ``CORPORA``: adding a corpus is one more ``Corpus(...)``
line at the end of that tuple. Limits grew with each corpus, so each entry
keeps its own; a check that only some corpora have is switched on per entry.
"""

from __future__ import annotations

from dataclasses import dataclass

from corpus_checks import BENIGN_KINDS, KINDS, OPTIONAL_BENIGN_KINDS

from benchmarks.corpus_status import DEV_CORPORA, folder_name

ALL_ATTACKS = frozenset({"direct_hijack", "extraction", "indirect", "jailbreak"})
README_PHRASES = ("MIT", "No row was copied", "stand-in", "optimistic", "blind")


@dataclass(frozen=True)
class Corpus:
    """The limits of one corpus; ``None`` switches a check off for it.

    Attributes:
        number: The corpus number (``python -m benchmarks.blind --corpus N``).
        ordinal: The word in its report heading ("second", ...); "" for the first.
        id_prefix: Rows carry ``<prefix>-<kind>-<NNN>`` ids; None: no id field.
        attack: Per attack file: minimum rows, minimum families, largest
            share of one family.
        benign: Per benign file: minimum rows, minimum families.
        languages: Share of non-English rows (low, high) and minimum number
            of other languages, for attack and benign files separately.
        long_attacks: Minimum attacks over 1,000 characters and the attack
            kinds that must hold one.
        same_kind_near_copy: Also compare each file to the same file of the
            first corpus at 4-gram Jaccard > 0.6 (the second corpus's check).
        extra_phrases: What its README says beyond ``README_PHRASES``.
        cli_only: The file ``--only`` picks in the CLI test.
        cli_limit: The ``--limit`` of the CLI test.
        optional_benign: The files it adds beyond the nine
            (``corpus_checks.OPTIONAL_BENIGN_KINDS``), checked like the
            other benign files.
    """

    number: int
    ordinal: str
    id_prefix: str | None
    attack: tuple[int, int, float]
    benign: tuple[int, int]
    languages: tuple[float, float, int] | None
    long_attacks: tuple[int, frozenset[str]] | None
    same_kind_near_copy: bool = False
    extra_phrases: tuple[str, ...] = ()
    cli_only: str = "extraction"
    cli_limit: int = 2
    optional_benign: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        # ``corpus_checks.kinds_of`` (README tables, language shares) only
        # knows the optional files listed there: an unlisted one would be
        # left out of those checks without a word.
        unknown = set(self.optional_benign) - set(OPTIONAL_BENIGN_KINDS)
        assert not unknown, unknown

    @property
    def folder(self) -> str:
        return folder_name(self.number)

    @property
    def kinds(self) -> tuple[str, ...]:
        """Its files: the nine every corpus has, then its optional ones."""
        return (*KINDS, *self.optional_benign)

    @property
    def benign_kinds(self) -> tuple[str, ...]:
        return (*BENIGN_KINDS, *self.optional_benign)

    @property
    def in_default_run(self) -> bool:
        """``python -m benchmarks`` measures it (dev data, ``corpus_status``)."""
        return self.number in DEV_CORPORA


def _half_english(
    number: int, ordinal: str, optional_benign: tuple[str, ...] = ()
) -> Corpus:
    """Corpora 14 on share one set of limits (about half of the rows in English)."""
    return Corpus(
        number,
        ordinal,
        f"b{number}",
        (150, 15, 0.25),
        (100, 6),
        (0.4, 0.6, 30),
        (12, ALL_ATTACKS),
        extra_phrases=("committed before any measurement", "near cop"),
        cli_only="benign_code",
        cli_limit=1,
        optional_benign=optional_benign,
    )


CORPORA = (
    # The first corpus predates the shared checks; its own are in the test file.
    Corpus(1, "", None, (100, 6, 1.0), (50, 1), None, None),
    Corpus(
        2,
        "second",
        None,
        (150, 8, 0.3),
        (100, 3),
        (0.3, 1.0, 20),
        (8, frozenset({"direct_hijack", "jailbreak"})),
        same_kind_near_copy=True,
        cli_only="indirect",
    ),
    Corpus(
        3, "third", "b3", (150, 8, 0.3), (100, 3), (0.35, 0.65, 25), (8, ALL_ATTACKS)
    ),
    Corpus(
        4,
        "fourth",
        "b4",
        (190, 12, 0.25),
        (100, 3),
        (0.5, 0.7, 30),
        (12, ALL_ATTACKS),
        extra_phrases=("First measurement", "near cop"),
        cli_only="jailbreak",
    ),
    Corpus(
        5,
        "fifth",
        "b5",
        (200, 15, 0.25),
        (110, 4),
        (0.5, 0.7, 40),
        (12, ALL_ATTACKS),
        extra_phrases=("committed before any measurement", "near cop"),
        cli_only="benign_code",
        cli_limit=1,
    ),
    Corpus(
        6,
        "sixth",
        "b6",
        (150, 15, 0.25),
        (100, 4),
        (0.5, 0.7, 40),
        (12, ALL_ATTACKS),
        extra_phrases=("committed before any measurement", "near cop"),
        cli_only="benign_code",
        cli_limit=1,
    ),
    # Written blind in session h19; the blind estimate in session h20,
    # development data since the eighth was first measured (session h21).
    Corpus(
        7,
        "seventh",
        "b7",
        (150, 15, 0.25),
        (100, 4),
        (0.5, 0.7, 40),
        (12, ALL_ATTACKS),
        extra_phrases=("committed before any measurement", "near cop"),
        cli_only="benign_code",
        cli_limit=1,
    ),
    # Written blind in session h20 (its rows are compared with corpora 1 to
    # 7 by the near-copy tests); development data since session h22 first
    # measured corpus 9, so ``python -m benchmarks`` measures it.
    Corpus(
        8,
        "eighth",
        "b8",
        (150, 15, 0.25),
        (100, 4),
        (0.5, 0.7, 40),
        (12, ALL_ATTACKS),
        extra_phrases=("committed before any measurement", "near cop"),
        cli_only="benign_code",
        cli_limit=1,
    ),
    # Written blind in session h22 (its rows are compared with corpora 1 to
    # 8 by the near-copy tests); measured per file by the lead in sessions
    # h22 and h23, development data since session h23, so
    # ``python -m benchmarks`` measures it.
    Corpus(
        9,
        "ninth",
        "b9",
        (180, 18, 0.25),
        (120, 5),
        (0.5, 0.7, 40),
        (12, ALL_ATTACKS),
        extra_phrases=("committed before any measurement", "near cop"),
        cli_only="benign_code",
        cli_limit=1,
    ),
    # Written blind in session h23 (its rows are compared with corpora 1 to
    # 9 by the near-copy tests); measured per file by the lead in sessions
    # h23 and h24, development data since session h24 first measured corpus
    # 11, so ``python -m benchmarks`` measures it.
    Corpus(
        10,
        "tenth",
        "b10",
        (170, 18, 0.25),
        (100, 5),
        (0.5, 0.7, 40),
        (12, ALL_ATTACKS),
        extra_phrases=("committed before any measurement", "near cop"),
        cli_only="benign_code",
        cli_limit=1,
    ),
    # Written blind in session h24 (its rows are compared with corpora 1 to
    # 10 by the near-copy tests); measured per file by the lead at the end of
    # session h24, development data from session h25 on, so
    # ``python -m benchmarks`` measures it.
    Corpus(
        11,
        "eleventh",
        "b11",
        (170, 18, 0.25),
        (100, 5),
        (0.5, 0.7, 40),
        (12, ALL_ATTACKS),
        extra_phrases=("committed before any measurement", "near cop"),
        cli_only="benign_code",
        cli_limit=1,
    ),
    # Written blind in session h25 (its rows are compared with corpora 1 to
    # 11 by the near-copy tests), about half in English like the public sets;
    # measured per file by the lead at the end of session h25, development
    # data from session h26 on, so ``python -m benchmarks`` measures it.
    Corpus(
        12,
        "twelfth",
        "b12",
        (175, 18, 0.25),
        (110, 6),
        (0.4, 0.6, 30),
        (12, ALL_ATTACKS),
        extra_phrases=("committed before any measurement", "near cop"),
        cli_only="benign_code",
        cli_limit=1,
    ),
    # Written blind in session h26 (its rows are compared with corpora 1 to
    # 12 by the near-copy tests), about half in English like the public sets;
    # measured per file by the lead in session h26, development data from
    # session h27 on, so ``python -m benchmarks`` measures it.
    Corpus(
        13,
        "thirteenth",
        "b13",
        (180, 18, 0.25),
        (110, 6),
        (0.4, 0.6, 30),
        (12, ALL_ATTACKS),
        extra_phrases=("committed before any measurement", "near cop"),
        cli_only="benign_code",
        cli_limit=1,
    ),
    # Written blind in session h27 (its rows are compared with corpora 1 to
    # 13 by the near-copy tests), about half in English like the public sets;
    # measured per file by the lead in session h27, development data from
    # session h28 on, so ``python -m benchmarks`` measures it.
    _half_english(14, "fourteenth"),
    # Written blind in session h28 (its rows are compared with corpora 1 to
    # 14 by the near-copy tests), about half in English like the public sets;
    # measured per file by the lead in sessions h28 and h29, development data
    # from session h30 on, so ``python -m benchmarks`` measures it.
    _half_english(15, "fifteenth"),
    # Written blind in session h30 by two writers (its rows are compared
    # with corpora 1 to 15 by the near-copy tests), about half in English
    # like the public sets; the blind estimate of session h30 (measured per
    # file by the lead), development data from session h31 on, so ``python -m
    # benchmarks`` measures it.
    _half_english(16, "sixteenth"),
    # Written blind in session h31 by two writers (its rows are compared
    # with corpora 1 to 16 by the near-copy tests), about half in English
    # like the public sets; the blind estimate of sessions h31 and h32
    # (measured per file by the lead), development data from session h33 on,
    # so ``python -m benchmarks`` measures it.
    _half_english(17, "seventeenth"),
    # Written blind in session h33 by two writers (its rows are compared
    # with corpora 1 to 17 by the near-copy tests), about half in English
    # like the public sets; the blind estimate of session h33 (measured per
    # file by the lead), development data from session h34 on, so ``python -m
    # benchmarks`` measures it.
    _half_english(18, "eighteenth"),
    # Written blind in session h34 by two writers (its rows are compared
    # with corpora 1 to 18 by the near-copy tests), about half in English
    # like the public sets; the blind estimate of session h34 (measured per
    # file by the lead, and the judge of one candidate in h35), development
    # data from session h35 on, so ``python -m benchmarks`` measures it.
    _half_english(19, "nineteenth"),
    # Written blind in session h35 by two writers (its rows are compared
    # with corpora 1 to 19 by the near-copy tests), about half in English
    # like the public sets; the blind estimate of session h35 (measured per
    # file by the lead, and the judge of two candidates in h36), development
    # data from session h36 on, so ``python -m benchmarks`` measures it.
    _half_english(20, "twentieth"),
    # Written blind in session h36 by two writers (its rows are compared
    # with corpora 1 to 20 by the near-copy tests), about half in English
    # like the public sets; the blind estimate of session h36 (measured per
    # file by the lead, and the judge of one candidate in h37), development
    # data from session h37 on, so ``python -m benchmarks`` measures it.
    _half_english(21, "twenty-first"),
    # Written blind in session h37 by two writers (its rows are compared
    # with corpora 1 to 21 by the near-copy tests), about half in English
    # like the public sets; the blind estimate of session h37 (measured per
    # file by the lead, and the judge of two candidates in h38), development
    # data from session h38 on, so ``python -m benchmarks`` measures it.
    _half_english(22, "twenty-second"),
    # Written blind in session h38 by two writers (its rows are compared
    # with corpora 1 to 22 by the near-copy tests), about half in English
    # like the public sets; the blind estimate of session h38 (measured per
    # file by the lead, and the judge of three candidates in h39), development
    # data from session h39 on, so ``python -m benchmarks`` measures it.
    _half_english(23, "twenty-third"),
    # Written blind in session h39 by two writers (its rows are compared
    # with corpora 1 to 23 by the near-copy tests), about half in English
    # like the public sets; the blind estimate of session h39 (measured per
    # file by the lead, and the judge of one candidate in h40), development
    # data from session h40 on, so ``python -m benchmarks`` measures it.
    _half_english(24, "twenty-fourth"),
    # Written blind in session h40 by two writers (its rows are compared
    # with corpora 1 to 24 by the near-copy tests), about half in English
    # like the public sets; the blind estimate of session h40 (measured per
    # file by the lead, and the judge of four candidates in h41), development
    # data from session h41 on, so ``python -m benchmarks`` measures it.
    _half_english(25, "twenty-fifth"),
    # Written blind in session h41 by two writers (its rows are compared
    # with corpora 1 to 25 by the near-copy tests), about half in English
    # like the public sets; the blind estimate of session h41 (measured per
    # file by the lead, and the judge of two candidates in h42), development
    # data from session h42 on, so ``python -m benchmarks`` measures it.
    _half_english(26, "twenty-sixth"),
    # Written blind in session h42 by two writers (its rows are compared
    # with corpora 1 to 26 by the near-copy tests), about half in English
    # like the public sets; the blind estimate of session h42 (measured per
    # file by the lead, and the judge of the candidates of h43), development
    # data from session h43 on, so ``python -m benchmarks`` measures it.
    _half_english(27, "twenty-seventh"),
    # Written blind in session h43 by two writers (its rows are compared
    # with corpora 1 to 27 by the near-copy tests), about half in English
    # like the public sets; the blind estimate of session h43 (measured per
    # file by the lead, and the judge of the candidates of h44), development
    # data from session h44 on, so ``python -m benchmarks`` measures it.
    _half_english(28, "twenty-eighth"),
    # Written blind in session h44 by two writers (its rows are compared
    # with corpora 1 to 28 by the near-copy tests), about half in English
    # like the public sets; the blind estimate of session h44 (measured per
    # file by the lead, and the judge of the candidates of h45), development
    # data from session h45 on, so ``python -m benchmarks`` measures it.
    _half_english(29, "twenty-ninth"),
    # Written blind in session h45 by two writers (its rows are compared
    # with corpora 1 to 29 by the near-copy tests), about half in English
    # like the public sets; the blind estimate of session h45 (measured per
    # file by the lead, and the judge of the candidates of h46), development
    # data from session h46 on, so ``python -m benchmarks`` measures it.
    _half_english(30, "thirtieth"),
    # Written blind in session h46 by two writers (its rows are compared
    # with corpora 1 to 30 by the near-copy tests), about half in English
    # like the public sets; the blind estimate of session h46 (measured per
    # file by the lead, and the judge of the candidates of h47), development
    # data from session h47 on, so ``python -m benchmarks`` measures it.
    _half_english(31, "thirty-first"),
    # Written blind in session h47 by two writers (its rows are compared
    # with corpora 1 to 31 by the near-copy tests), about half in English
    # like the public sets; the blind estimate of session h47 (measured per
    # file by the lead, and the judge of the candidate of h48), development
    # data from session h48 on, so ``python -m benchmarks`` measures it.
    _half_english(32, "thirty-second"),
    # Written blind in session h48 by two writers (its rows are compared
    # with corpora 1 to 32 by the near-copy tests), about half in English
    # like the public sets; it judged the second candidate of session h48
    # and is development data since, so ``python -m benchmarks`` measures it.
    # Its tenth file, everyday chat (a third writer), is the first of that kind.
    _half_english(33, "thirty-third", ("benign_chat",)),
    # Written blind in session h48 by three writers, after corpus 33 (its
    # rows are compared with corpora 1 to 33), with an everyday-chat file
    # like corpus 33; the blind estimate of session h48 once corpus 33 had
    # judged that session's candidate, then the judge of session h49's
    # candidate, and development data since, so ``python -m benchmarks``
    # measures it.
    _half_english(34, "thirty-fourth", ("benign_chat",)),
    # Written blind in session h49 by three writers, after corpus 34 (its
    # rows are compared with corpora 1 to 34), with an everyday-chat file;
    # the blind estimate of session h49 (corpus 34 judged that session's
    # candidate), then the judge of session h50's candidate, and development
    # data since, so ``python -m benchmarks`` measures it.
    _half_english(35, "thirty-fifth", ("benign_chat",)),
    # Written blind in session h50 by three writers, after corpus 35 (its
    # rows are compared with corpora 1 to 35), with an everyday-chat file;
    # the blind estimate of session h50 (corpus 35 judged that session's
    # candidate), then the judge of session h51's candidate, and development
    # data since, so ``python -m benchmarks`` measures it.
    _half_english(36, "thirty-sixth", ("benign_chat",)),
    # Written blind in session h51 by three writers, after corpus 36 (its
    # rows are compared with corpora 1 to 36), with an everyday-chat file;
    # the blind estimate of session h51 (corpus 36 judged that session's
    # candidate), then the judge of session h52's candidate, and development
    # data since, so ``python -m benchmarks`` measures it.
    _half_english(37, "thirty-seventh", ("benign_chat",)),
    # Written blind in session h52 by three writers, after corpus 37 (its
    # rows are compared with corpora 1 to 37), with an everyday-chat file;
    # the blind estimate of session h52 (corpus 37 judged that session's
    # candidate), then the judge of session h54's candidate, and development
    # data since, so ``python -m benchmarks`` measures it.
    _half_english(38, "thirty-eighth", ("benign_chat",)),
    # Written blind in session h54 by three writers, after corpus 38 (its
    # rows are compared with corpora 1 to 38), with an everyday-chat file;
    # the blind estimate of session h54 (corpus 38 judged that session's
    # candidate), then the judge of session h55's candidate, and development
    # data since, so ``python -m benchmarks`` measures it.
    _half_english(39, "thirty-ninth", ("benign_chat",)),
    # Written blind in session h55 by three writers, after corpus 39 (its
    # rows are compared with corpora 1 to 39), with an everyday-chat file;
    # the blind estimate of session h55 (corpus 39 judged that session's
    # candidate), then the judge of session h56's candidate, and development
    # data since, so ``python -m benchmarks`` measures it.
    _half_english(40, "fortieth", ("benign_chat",)),
    # Written blind in session h56 by three writers, after corpus 40 (its
    # rows are compared with corpora 1 to 40), with an everyday-chat file;
    # the blind estimate of session h56 (corpus 40 judges that session's
    # candidate), then the judge of session h57's candidate, and development
    # data since, so ``python -m benchmarks`` measures it.
    _half_english(41, "forty-first", ("benign_chat",)),
    # Written blind in session h57 by three writers, after corpus 41 (its
    # rows are compared with corpora 1 to 41), with an everyday-chat file;
    # written as the blind estimate of session h57 (corpus 41 judges that
    # session's first candidate), then made the judge of its second (AZ)
    # before any row was read, and development data since, so
    # ``python -m benchmarks`` measures it.
    _half_english(42, "forty-second", ("benign_chat",)),
    # Written blind in session h57 by three more writers, after corpus 42
    # (its rows are compared with corpora 1 to 42), with an everyday-chat
    # file; the blind estimate of session h57, measured only by the lead,
    # and development data since session h58 (corpus 45 took over), so
    # ``python -m benchmarks`` measures it.
    _half_english(43, "forty-third", ("benign_chat",)),
    # Written blind in session h58 by three writers, after corpus 43 (its
    # rows are compared with corpora 1 to 43), with an everyday-chat file;
    # the judge of session h58's rule candidate, measured only by the lead,
    # and development data since, so ``python -m benchmarks`` measures it.
    _half_english(44, "forty-fourth", ("benign_chat",)),
    # Written blind in session h58 by three more writers, after corpus 44
    # (its rows are compared with corpora 1 to 44), with an everyday-chat
    # file; the blind estimate of session h58 and the judge of session h59's
    # scorer candidate, measured only by the lead, and development data
    # since session h59 (corpus 46 took over), so ``python -m benchmarks``
    # measures it.
    _half_english(45, "forty-fifth", ("benign_chat",)),
    # Written blind in session h59 by three more writers, after corpus 45
    # (its rows are compared with corpora 1 to 45), with an everyday-chat
    # file; the blind estimate of sessions h59 and h60, measured only by the
    # lead, and development data since session h60, so ``python -m
    # benchmarks`` measures it.
    _half_english(46, "forty-sixth", ("benign_chat",)),
    # Written blind in session h59 by three more writers, after corpus 46
    # (its rows are compared with corpora 1 to 46), with an everyday-chat
    # file; the judge of session h60's first candidate, R60, and development
    # data since.
    _half_english(47, "forty-seventh", ("benign_chat",)),
    # Written blind in session h60 by three more writers, after corpus 47
    # (its rows are compared with corpora 1 to 47), with an everyday-chat
    # file; the judge of session h60's second candidate, R61, and
    # development data since.
    _half_english(48, "forty-eighth", ("benign_chat",)),
    # Written blind in session h60 by three more writers, after corpus 48
    # (its rows are compared with corpora 1 to 48), with an everyday-chat
    # file; the judge of session h61's first candidate, R62, and development
    # data since.
    _half_english(49, "forty-ninth", ("benign_chat",)),
    # Written blind in session h61 by three more writers, after corpus 49
    # (its rows are compared with corpora 1 to 49), with an everyday-chat
    # file; the judge of session h61's second candidate, R63, and
    # development data since.
    _half_english(50, "fiftieth", ("benign_chat",)),
    # Written blind in session h61 by three more writers, after corpus 50
    # (its rows are compared with corpora 1 to 50), with an everyday-chat
    # file; the judge of session h62's first candidate, R64, and development
    # data since.
    _half_english(51, "fifty-first", ("benign_chat",)),
    # Written blind in session h61 by three more writers, after corpus 51
    # (its rows are compared with corpora 1 to 51), with an everyday-chat
    # file; session h62's blind estimate (and a second reading of R64), and
    # development data since.
    _half_english(52, "fifty-second", ("benign_chat",)),
    # Written blind in session h62 by three more writers, after corpus 52
    # (its rows are compared with corpora 1 to 52), with an everyday-chat
    # file; the judge of session h63's first candidate, R65, and development
    # data since.
    _half_english(53, "fifty-third", ("benign_chat",)),
    # Written blind in session h62 by three more writers, after corpus 53
    # (its rows are compared with corpora 1 to 53), with an everyday-chat
    # file; the judge of session h63's second candidate, R66, and
    # development data since.
    _half_english(54, "fifty-fourth", ("benign_chat",)),
    # Written blind in session h62 by three more writers, after corpus 54
    # (its rows are compared with corpora 1 to 54), with an everyday-chat
    # file; session h63's blind estimate (read on the start and end
    # detection), and development data since.
    _half_english(55, "fifty-fifth", ("benign_chat",)),
    # Written blind in session h63 by three more writers, after corpus 55
    # (its rows are compared with corpora 1 to 55), with an everyday-chat
    # file; the judge of session h64's candidate, R67, and development data
    # since.
    _half_english(56, "fifty-sixth", ("benign_chat",)),
    # Written blind in session h63 by three more writers, after corpus 56
    # (its rows are compared with corpora 1 to 56), with an everyday-chat
    # file; session h64's blind estimate (read on the start and end
    # detection), and development data since.
    _half_english(57, "fifty-seventh", ("benign_chat",)),
    # Written blind in session h64 by three more writers, after corpus 57
    # (its rows are compared with corpora 1 to 57), with an everyday-chat
    # file; the judge of session h65's first candidate, BB (the scorer
    # retrained), and development data since.
    _half_english(58, "fifty-eighth", ("benign_chat",)),
    # Written blind in session h64 by three more writers, after corpus 58
    # (its rows are compared with corpora 1 to 58), with an everyday-chat
    # file; the judge of session h65's second candidate, R68, and development
    # data since.
    _half_english(59, "fifty-ninth", ("benign_chat",)),
    # Written blind in session h65 by three more writers, after corpus 59
    # (its rows are compared with corpora 1 to 59), with an everyday-chat
    # file; session h65's blind estimate (read on the start and end
    # detection), and development data since.
    _half_english(60, "sixtieth", ("benign_chat",)),
    # Written blind in session h65 by three more writers, after corpus 60
    # (its rows are compared with corpora 1 to 60), with an everyday-chat
    # file; the judge of session h66's first candidate, R69 (the scorer
    # confirms the rules' plain-language findings), and development data since.
    _half_english(61, "sixty-first", ("benign_chat",)),
    # Written blind in session h66 by three more writers, after corpus 61
    # (its rows are compared with corpora 1 to 61), with an everyday-chat
    # file; session h66's blind estimate (read on the start and end
    # detection), and development data since.
    _half_english(62, "sixty-second", ("benign_chat",)),
    # Written blind in session h66 by three more writers, after corpus 62
    # (its rows are compared with corpora 1 to 62), with an everyday-chat
    # file; the judge of session h66's second candidate, R70 (attacks quoted
    # for triage, asked about in more forms), and development data since.
    _half_english(63, "sixty-third", ("benign_chat",)),
    # Written blind in session h66 by three more writers, after corpus 63
    # (its rows are compared with corpora 1 to 63), with an everyday-chat
    # file; kept unread until session h67, where it judged the scorer
    # retrained with corpora 1-63 (BC, not shipped); dev data since.
    _half_english(64, "sixty-fourth", ("benign_chat",)),
    # Written blind in session h67 by three more writers, after corpus 64
    # (its rows are compared with corpora 1 to 64), with an everyday-chat
    # file; kept unread until it was read as session h67's blind estimate;
    # dev data since.
    _half_english(65, "sixty-fifth", ("benign_chat",)),
    # Written blind in session h67 by three more writers, after corpus 65
    # (its rows are compared with corpora 1 to 65), with an everyday-chat
    # file; kept unread until session h68, where it judged the scorer's flag
    # threshold set on corpora 58-65 (BD, shipped); dev data since.
    _half_english(66, "sixty-sixth", ("benign_chat",)),
    # Written blind in session h68 by three more writers, after corpus 66
    # (its rows are compared with corpora 1 to 66), with an everyday-chat
    # file; kept unread until it was read as session h68's blind estimate;
    # dev data since.
    _half_english(67, "sixty-seventh", ("benign_chat",)),
    # Written blind in session h68 by three more writers, after corpus 67
    # (its rows are compared with corpora 1 to 67), with an everyday-chat
    # file; kept unread as the judge of session h69's first candidate.
    _half_english(68, "sixty-eighth", ("benign_chat",)),
)
BY_NUMBER = {corpus.number: corpus for corpus in CORPORA}
