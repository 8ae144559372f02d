"""The NLU report must not let rounding pass a language that misses the accuracy target."""

from __future__ import annotations

from typing import Any

from rasa_addons.evaluation import render_markdown


def _language(correct: int, examples: int) -> dict[str, Any]:
    return {
        "examples": examples,
        "intent_correct": correct,
        "intent_accuracy": round(correct / examples, 4),
        "intent_macro_f1": 0.95,
        "entity_f1": {"town": 1.0, "age": None, "language": 0.9},
        "language_id_short": 0.8,
        "language_id_normal": 1.0,
        "emergency_recalled": [15, 15],
    }


def _result(**languages: dict[str, Any]) -> dict[str, Any]:
    return {
        "examples": sum(v["examples"] for v in languages.values()),
        "languages": languages,
        "worst_to_best": 0.96,
        "emergency_recall": 1.0,
        "language_id_normal_overall": 0.995,
        "ambiguous_word_flips": {"flips": 0, "trials": 90},
        "fallback_rate": 0.03,
        "typed_in_latin_letters": {
            "messages": 40, "in_conversation": 39, "at_start_from_prior": 38,
        },  # fmt: skip
        "emergency_alarms": {"missed": 0, "missed_with_numbers": 0, "ordinary": 1500, "false": 4},
        "confusions": [],
    }


def test_a_language_just_below_the_target_is_named_with_its_counts() -> None:
    # 151 of 159 is 0.9497: shown rounded as 0.950, but below 0.95.
    report = render_markdown(_result(de=_language(163, 165), ar=_language(151, 159)), 200.0)
    assert "| ar | 159 | 0.950 (151/159) |" in report
    target = next(line for line in report.splitlines() if line.startswith("- Intent accuracy"))
    assert "below: ar 151/159" in target and target.endswith("**missed**")


def test_languages_at_or_above_the_target_meet_it() -> None:
    report = render_markdown(_result(de=_language(163, 165), ar=_language(152, 159)), 200.0)
    target = next(line for line in report.splitlines() if line.startswith("- Intent accuracy"))
    assert "below" not in target and target.endswith("met")


def test_a_missed_emergency_is_named_with_its_language() -> None:
    arabic = _language(152, 159) | {"emergency_recalled": [14, 15]}
    result = _result(de=_language(163, 165), ar=arabic) | {"emergency_recall": 0.9667}
    report = render_markdown(result, 200.0)
    assert "| 14/15 |" in report
    target = next(line for line in report.splitlines() if line.startswith("- `emergency`"))
    assert "missed in: ar 14/15" in target and target.endswith("**missed**")


def test_missed_and_false_emergencies_are_reported_with_their_counts() -> None:
    alarms = {"missed": 3, "missed_with_numbers": 2, "missed_with_answer_first": 1,
              "ordinary": 1480, "false": 7}  # fmt: skip
    report = render_markdown(_result(de=_language(163, 165)) | {"emergency_alarms": alarms}, 1.0)
    lines = report.splitlines()
    target = lines.index(next(line for line in lines if line.startswith("- `emergency`")))
    assert "police and ambulance numbers: 2 of 3; of them with the full emergency answer first " \
        "(`emergency` found at least 0.2 likely): 1." in lines[target + 1]
    assert "not a target): 7 of 1480." in lines[target + 2]


def test_messages_typed_in_latin_letters_are_reported_with_their_counts() -> None:
    report = render_markdown(_result(de=_language(163, 165)), 200.0)
    line = next(line for line in report.splitlines() if "typed in Latin letters" in line)
    assert "39/40 in an established conversation, 38/40 at the start" in line
