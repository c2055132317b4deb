#!/usr/bin/env python3
"""Generate a synthetic, deterministic archive of daily-paper digests.

The output mimics the markdown format of the public ``daily_papers_ko`` archive
(see DIGEST-FORMAT.md, section 1): one file per day at ``OUT/YYYY/MM/DD.md``,
Korean-like summaries mixed with English ML terms, English-like titles, arXiv
ids consistent with the day's date, and every format variation of the real
archive at a low, realistic frequency.  All text is invented here; nothing is
copied from the real archive.

Usage::

    python benchmarks/gen_corpus.py OUT [--days 3650] [--papers 30] [--seed 1]
                                        [--start 2016-01-01]

or, from Python::

    generate(Path("out"), days=3650, papers=30, seed=1, start=date(2016, 1, 1))

The same arguments always produce byte-identical files (one ``random.Random``
seeded with ``seed`` drives everything).

Like the real archive, the run is split into eras by the position of a day in
the run (0 = first day, 1 = last day), so a short run still shows every era:

=============  ==============================================================
position       format
=============  ==============================================================
day 0 (<1.5%)  bare: no thumbnail, Vote or Authors; ``###`` right after a bullet
< 3%           thumbnail and Authors but no ``Vote:`` line yet
< 15%          videos (``[Watch Video]`` + ``<div><video>``, bare ``<video>``)
               and ``cdn-uploads`` png/gif thumbnails are common
< 35%          plain bullets (some nested ``  - (1)``); some days end with
               ``Vote: -`` papers
35% - 60%      structured bullets ``- **What's New**: ...`` (two stars)
>= 60%         structured bullets with three stars ``- ***What's New***: ...``
58% - 64%      authors written as a Python list literal
>= 55%         now and then a second ``## Daily Papers`` section in a file
=============  ==============================================================

Rare per-paper variations (LaTeX titles, truncated author lists with ``+``,
other bold headings, URLs and ``<think>`` tags in bullets, the same arXiv id on
a later day with another title spelling) are drawn at random; each one is also
forced once on a seeded "anchor" day of its era, so that every variation
occurs in any run of a few dozen days or more.
"""

from __future__ import annotations

import argparse
import calendar
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

__all__ = ["generate", "main"]

# ---------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------

_KO_NOUNS = """
모델 데이터셋 성능 방법 프레임워크 접근법 학습 추론 생성 이미지 비디오 텍스트 언어 모델
확산 모델 벤치마크 실험 결과 정확도 효율성 표현 특징 구조 아키텍처 매개변수 파라미터 토큰
레이어 인코더 디코더 손실 함수 목적 함수 최적화 미세 조정 사전 훈련 강화 학습 보상 정책
에이전트 환경 작업 태스크 도메인 일반화 견고성 안정성 확장성 계산 비용 메모리 지연 시간
처리량 품질 해상도 일관성 다양성 정렬 안전성 환각 편향 평가 지표 사용자 인간 평가 선호도
지식 문맥 컨텍스트 검색 질의응답 요약 번역 코드 수학 문제 추론 능력 계획 도구 로봇 조작
장면 포즈 동작 얼굴 표정 음성 오디오 음악 신호 노이즈 샘플링 스케줄 분포 잠재 공간 임베딩
어텐션 주의 메커니즘 시각 인코더 멀티모달 모델 비전-언어 모델 대규모 언어 모델 소형 모델
교사 모델 학생 모델 지식 증류 양자화 가지치기 압축 캐시 병렬화 하드웨어 데이터 품질
합성 데이터 주석 레이블 프롬프트 지시문 응답 피드백 오류 한계 문제 과제 기여 분석 연구
제안 방법 베이스라인 기존 방법 최신 기법 오픈소스 커뮤니티 공개 모델 가중치 체크포인트
그래디언트 학습률 배치 시퀀스 길이 규모 크기 비율 속도 시간 단계 모듈 블록 헤드 채널
공간 시간적 일관성 세부 사항 객체 카메라 시점 깊이 형태 텍스처 스타일 편집 제어 조건
가이던스 분류기 판별기 생성기 검증기 보상 모델 선호 데이터 대화 멀티턴 대화 장문 이해 문서
차트 그래프 수식 증명 정리 알고리즘 전략 파이프라인 시스템 플랫폼 인터페이스 시뮬레이션
물리 법칙 세계 모델 의료 영상 진단 금융 법률 교육 과학 발견 화학 단백질 분자 날씨 예측
토크나이저 어휘 다국어 한국어 영어 저자원 언어 음성 인식 음성 합성 비디오 생성 이미지 편집
3D 재구성 새로운 시점 합성 신경 렌더링 가우시안 스플래팅 포인트 클라우드 메시 궤적 행동
시연 데이터 보상 신호 탐색 수렴 과적합 데이터 오염 누출 검증 재현성 해석 가능성 투명성
""".split("\n")
# The block above is one noun phrase per whitespace run inside each line, but
# several phrases contain a space ("확산 모델").  Keep an explicit list of the
# two-word phrases and split the rest on whitespace.
_KO_PHRASES2 = [
    "언어 모델",
    "확산 모델",
    "손실 함수",
    "목적 함수",
    "미세 조정",
    "사전 훈련",
    "강화 학습",
    "계산 비용",
    "지연 시간",
    "인간 평가",
    "수학 문제",
    "추론 능력",
    "잠재 공간",
    "주의 메커니즘",
    "시각 인코더",
    "멀티모달 모델",
    "비전-언어 모델",
    "대규모 언어 모델",
    "소형 모델",
    "교사 모델",
    "학생 모델",
    "지식 증류",
    "데이터 품질",
    "합성 데이터",
    "제안 방법",
    "기존 방법",
    "최신 기법",
    "공개 모델",
    "시간적 일관성",
    "세부 사항",
    "보상 모델",
    "선호 데이터",
    "멀티턴 대화",
    "장문 이해",
    "물리 법칙",
    "세계 모델",
    "의료 영상",
    "과학 발견",
    "날씨 예측",
    "저자원 언어",
    "음성 인식",
    "음성 합성",
    "비디오 생성",
    "이미지 편집",
    "3D 재구성",
    "새로운 시점 합성",
    "신경 렌더링",
    "가우시안 스플래팅",
    "포인트 클라우드",
    "시연 데이터",
    "보상 신호",
    "데이터 오염",
    "해석 가능성",
]


def _ko_nouns() -> list[str]:
    text = " ".join(_KO_NOUNS)
    for p in sorted(_KO_PHRASES2, key=len, reverse=True):
        text = text.replace(p, " ")
    single = [w for w in text.split() if w]
    seen: set[str] = set()
    out = []
    for w in _KO_PHRASES2 + single:
        if w not in seen:
            seen.add(w)
            out.append(w)
    return out


_KO_ADJ = """새로운 효율적인 대규모 다양한 기존의 강력한 간단한 복잡한 정교한 일관된 유연한
경량의 고품질의 고해상도 실용적인 체계적인 효과적인 포괄적인 적응형 범용 확장 가능한
안정적인 정확한 빠른 명시적인 암묵적인 계층적인 점진적인 자동화된 신뢰할 수 있는 세밀한
통합된 독립적인 동적인 정적인 구조화된 제한된 광범위한 최신의 개방형 폐쇄형""".split()

_KO_CONNECTIVES = [
    "또한,",
    "특히,",
    "이를 위해",
    "그 결과",
    "나아가,",
    "한편,",
    "더불어",
    "구체적으로,",
    "결과적으로,",
    "마지막으로,",
    "이와 함께",
    "추가로,",
    "실제로,",
    "반면에",
    "이에 따라",
    "본 연구에서는",
    "이 논문에서는",
    "실험 결과,",
    "광범위한 실험을 통해",
    "기존 연구와 달리",
]
_KO_SUBJECTS = [
    "본 연구는",
    "이 논문은",
    "제안된 방법은",
    "저자들은",
    "연구진은",
    "실험 결과는",
    "이 프레임워크는",
    "이 접근법은",
    "우리의 모델은",
    "제안된 모델은",
    "이 방법은",
    "해당 벤치마크는",
    "이 시스템은",
    "새로운 데이터셋은",
]
_VERBS_POLITE = [
    "제안합니다.",
    "보여줍니다.",
    "달성했습니다.",
    "향상시킵니다.",
    "소개합니다.",
    "입증했습니다.",
    "개선합니다.",
    "활용합니다.",
    "나타냈습니다.",
    "능가합니다.",
    "가능하게 합니다.",
    "기여합니다.",
    "줄였습니다.",
    "확인했습니다.",
    "설계했습니다.",
    "구축했습니다.",
    "평가했습니다.",
    "분석합니다.",
    "해결합니다.",
    "제공합니다.",
    "강조합니다.",
    "검증했습니다.",
    "학습합니다.",
    "통합합니다.",
    "기록했습니다.",
    "시사합니다.",
    "극복합니다.",
    "예측합니다.",
    "생성합니다.",
    "확장합니다.",
]
_VERBS_PLAIN = [
    "제안한다.",
    "보여준다.",
    "달성했다.",
    "향상시킨다.",
    "소개한다.",
    "입증했다.",
    "개선한다.",
    "활용한다.",
    "나타냈다.",
    "능가한다.",
    "가능하게 한다.",
    "기여한다.",
    "줄였다.",
    "확인했다.",
    "설계했다.",
    "구축했다.",
    "평가했다.",
    "분석한다.",
    "해결한다.",
    "제공한다.",
    "강조한다.",
    "검증했다.",
    "학습한다.",
    "통합한다.",
    "기록했다.",
    "시사한다.",
    "극복한다.",
    "생성한다.",
]

_EN_TERMS = """diffusion|transformer|benchmark|LLM|LLMs|fine-tuning|RLHF|LoRA|tokenizer|zero-shot
few-shot|in-context learning|chain-of-thought|reasoning|retrieval-augmented generation|RAG|VLM
multimodal|latent|embedding|attention|KV cache|quantization|distillation|reward model|policy
agent|GPU|FLOPs|throughput|SOTA|ablation|dataset|pretraining|Mixture-of-Experts|MoE|ViT|CLIP
NeRF|3D Gaussian Splatting|text-to-image|text-to-video|speech|ASR|TTS|code generation
math reasoning|GRPO|DPO|PPO|SFT|scaling law|long-context|hallucination|alignment|safety
jailbreak|watermark|instruction tuning|preference optimization|test-time scaling|self-play
world model|video diffusion|flow matching|autoregressive|encoder-decoder|decoder-only
sparse attention|linear attention|state space model|Mamba|U-Net|DiT|VAE|VQ-VAE|contrastive learning
curriculum learning|synthetic data|data mixture|tool use|function calling|planning|web agent
GUI agent|embodied AI|robot manipulation|sim-to-real|reward hacking|verifier|process reward model
outcome reward|token budget|speculative decoding|inference-time compute|context window
positional encoding|RoPE|layer normalization|optimizer|AdamW|learning rate schedule
warmup""".replace("\n", "|").split("|")

_EN_NAMES = """GPT-4o|GPT-4|Llama-3-8B|Llama-2-7B|Qwen2.5-7B|Qwen2-VL-72B|Mistral-7B|Gemma-2-9B
Claude 3.5 Sonnet|DeepSeek-R1|Phi-3|ImageNet|COCO|MMLU|GSM8K|MATH|HumanEval|SWE-bench|VBench
MT-Bench|AlpacaEval|LongBench|InfiniteBench|AIME 2024|ARC-Challenge|HellaSwag|LAION-5B
Stable Diffusion|SDXL|Sora|Whisper|LibriSpeech|Kinetics-400|ScanNet|Objaverse|RoboCasa|WebArena
OSWorld|MMMU|MathVista|ChartQA|DocVQA|TextVQA|ScienceQA|Arena-Hard|LiveCodeBench|GPQA""".replace(
    "\n", "|"
).split("|")

# English term -> Korean rendering, used as "한국어(english)" tokens.
_GLOSSED = [
    ("확산 모델", "diffusion model"),
    ("대규모 언어 모델", "Large Language Model"),
    ("강화 학습", "reinforcement learning"),
    ("지식 증류", "knowledge distillation"),
    ("멀티모달 프롬프팅", "multimodal prompting"),
    ("사고의 연쇄", "Chain-of-Thought"),
    ("검색 증강 생성", "Retrieval-Augmented Generation"),
    ("전문가 혼합", "Mixture-of-Experts"),
    ("평균 절대 오차", "Mean Absolute Error, MAE"),
    ("잠재 행동", "latent action"),
    ("비전 트랜스포머", "vision transformer"),
    ("선호 최적화", "preference optimization"),
    ("보상 모델링", "reward modeling"),
    ("자기 지도 학습", "self-supervised learning"),
    ("대조 학습", "contrastive learning"),
    ("희소 어텐션", "sparse attention"),
    ("추측 디코딩", "speculative decoding"),
    ("분할 정복", "divide-and-conquer"),
    ("상태 공간 모델", "State Space Model"),
    ("흐름 정합", "flow matching"),
    ("테스트 시간 확장", "test-time scaling"),
    ("세계 모델", "world model"),
    ("도구 사용", "tool use"),
    ("지시 따르기", "instruction following"),
    ("장문 맥락", "long context"),
    ("양자화 인지 학습", "quantization-aware training"),
]

_TITLE_ADJ = """Scalable Efficient Unified Robust Adaptive Generalist Controllable Interpretable
Fast Lightweight Multimodal Multilingual Long-Context Open Simple Universal Faithful Dynamic
Hierarchical Sparse Dense Compositional Physical Visual Latent Self-Supervised Zero-Shot
Few-Shot Training-Free Data-Efficient Compute-Optimal Reliable Consistent High-Fidelity
Real-Time Instruction-Following Agentic Embodied Temporal Spatial Structured Native""".split()
_TITLE_NOUNS = """Reasoning Generation Alignment Retrieval Planning Agents Models Transformers
Diffusion Video Images Speech Audio Code Mathematics Benchmark Evaluation Tokenization Attention
Distillation Quantization Pretraining Fine-Tuning Editing Reconstruction Rendering Avatars
Robots Manipulation Navigation Memory Context Preferences Rewards Policies Search Verification
Hallucination Safety Watermarking Compression Decoding Inference Scaling Learning Representations
Embeddings Segmentation Detection Tracking Captioning Translation Summarization Dialogue
Documents Charts Tables Proofs Theorems Molecules Proteins Weather Worlds Scenes Motion Layouts
Instructions Tools Trajectories Feedback Experts Routers Caches Kernels""".split()
_TITLE_GERUNDS = """Learning Scaling Improving Rethinking Towards Unlocking Bridging Aligning
Evaluating Boosting Teaching Training Distilling Steering Grounding Probing Benchmarking
Accelerating Revisiting Understanding Measuring Exploring Enhancing""".split()
_NAME_SYL = """Lu mi Gen Flow Vi sta Omni Nova Star Arc Echo Pix Dream Mind Kai Sol Neo Zen
Ora Tri Quan Lex Syn Aero Astra Byte Cog Deep Fusion Hyper Infi Jet Kine Lumo Meta Nex Opti
Pano Quill Ren Sage Tera Uni Vox Wave Xen Yolo Zeta""".split()

_FIRST = """Wei Jie Yu Hao Xin Yang Jun Ming Lei Chen Tao Bo Rui Kai Zhe Yi Fan Qi Lin Hui
Jiaxi Yichun Zihan Haoyu Xiaodong Shuo Jian Peng Min Jisoo Minjoon Seonghyeon Hyunwoo Jaehyun
Sungjin Dongwon Yejin Jiwoo Hyeonseo Taeho Alexander William Michael David James John Robert
Daniel Thomas Matthew Andrew Joseph Christopher Ryan Benjamin Samuel Emily Sarah Jessica Laura
Anna Maria Sophia Olivia Emma Julia Katie Mia Rohan Arjun Vikram Priya Ananya Rahul Abhishek
Aditya Kalyan Vasudev Shachar Yoav Eliahu Yedid Omer Noa Tal Itai Luca Marco Giulia Francesca
Pierre Camille Julien Louis Hugo Lukas Felix Jonas Lena Hannah Ivan Dmitry Nikolay Alexei
Olga Kenji Takashi Yuki Haruto Sakura Ahmad Mohammad Fatima Omar Karim Iker Eneko Oscar Pablo
Lucia Jean-baptiste Thibault Aleksandar Mustafa Mehmet Ayse Tatiana Kateryna Bhavish""".split()
_LAST = """Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao
Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim
Han Shin Seo Kwon Hwang Ahn Smith Johnson Brown Miller Davis Wilson Anderson Taylor Thomas
Moore Martin Jackson White Harris Clark Lewis Walker Young Allen King Wright Scott Green Baker
Adams Nelson Hill Campbell Mitchell Roberts Sharma Gupta Patel Singh Kumar Reddy Agarwal Iyer
Rao Nair Cohen Levi Goldberg Friedman Rossi Russo Bianchi Romano Dubois Lefebvre Moreau Muller
Schmidt Schneider Fischer Weber Ivanov Petrov Smirnov Tanaka Suzuki Takahashi Watanabe Sato
Hosseini Ahmadi Karimi Garcia Martinez Lopez Gonzalez Rodriguez Sanchez Perez García-Ferrero
O'Brien D'Amico-Wong Al-Dahle van der Berg de Vries Nguyen Tran Pham Torralba Yilmaz Kaya""".split()
# "van der Berg" / "de Vries" split badly; rebuild them.
_LAST = [w for w in _LAST if w not in ("van", "der", "de")]
for _i, _w in enumerate(_LAST):
    if _w == "Berg":
        _LAST[_i] = "van der Berg"
    elif _w == "Vries":
        _LAST[_i] = "de Vries"

_GH_USERS = """openlab mllab-kr visionteam nlp-group ai-research deep-mind-lab kaist-ai snu-vision
yonsei-nlp hf-research lumen-ai stanford-crfm ml-foundations robotics-lab genai-team""".split()

_B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_HEX = "0123456789abcdef"
_B62_ = _B62 + "_-"
_AUTHOR_COUNTS = (1, 2, 2, 3, 3, 4, 4, 4, 5, 5, 5, 6, 6, 6, 7, 7, 8, 8, 9, 10, 11, 12, 14, 17, 19)
_CDN = "https://cdn-uploads.huggingface.co/production/uploads"
_THUMB = "https://cdn-thumbnails.huggingface.co/social-thumbnails/papers"

# ---------------------------------------------------------------------------
# Korean morphology helpers
# ---------------------------------------------------------------------------


def _has_batchim(word: str) -> bool:
    """Whether a word, read aloud in Korean, ends in a final consonant.

    Chooses between particle forms (은/는, 이/가, 을/를, 으로/로, 과/와).  For
    English words this approximates the Korean reading: "LLM" (엘엘엠) and
    "attention" (어텐션) end in a consonant, "benchmark" (벤치마크) does not.
    """
    c = word[-1]
    if "가" <= c <= "힣":
        return (ord(c) - 0xAC00) % 28 != 0
    if c.isdigit():
        return c in "013678"
    if c.isupper():
        return c in "LMNR"
    return c in "lmn" or word.endswith("ng")


def _ends_in_rieul(word: str) -> bool:
    """ㄹ final: takes 로 rather than 으로 ("모델로", "LLM으로" but "GPT-L로")."""
    c = word[-1]
    if "가" <= c <= "힣":
        return (ord(c) - 0xAC00) % 28 == 8
    return c in "lLR178"


def _particles(word: str) -> dict[str, str]:
    b = _has_batchim(word)
    ro = "로" if (not b or _ends_in_rieul(word)) else "으로"
    return {
        "top": word + ("은" if b else "는"),
        "sub": word + ("이" if b else "가"),
        "obj": word + ("을" if b else "를"),
        "loc": word + "에서",
        "ins": word + ro,
        "gen": word + "의",
        "con": word + ("과" if b else "와"),
        "via": word + ("을 통해" if b else "를 통해"),
        "abt": word + "에 대한",
        "for": word + ("을 위한" if b else "를 위한"),
        "base": word + " 기반의",
    }


def _zipf_cw(n: int, rnd: random.Random, offset: float = 20.0, s: float = 0.8) -> list[float]:
    """Cumulative Zipf-like weights for n items in a shuffled rank order."""
    order = list(range(n))
    rnd.shuffle(order)
    weights = [0.0] * n
    for rank, idx in enumerate(order):
        weights[idx] = 1.0 / (rank + offset) ** s
    cw: list[float] = []
    acc = 0.0
    for w in weights:
        acc += w
        cw.append(acc)
    return cw


def _build_pools() -> dict[str, tuple[list[str], list[float]]]:
    """Token pools for the sentence builder, each with cumulative weights.

    A sentence is ``[connective] SUBJ (MOD CASE)* OBJ VERB``: a subject with a
    topic/subject particle, a few modifier + case-marked noun pairs, an object
    with 을/를 and a verb ending.  The pools never depend on the seed.
    """
    rnd = random.Random(12345)
    nouns = _ko_nouns()
    mod: list[str] = []
    case: list[str] = []
    subj: list[str] = list(_KO_SUBJECTS) * 6
    obj: list[str] = []
    for w in nouns:
        p = _particles(w)
        mod.extend([w, p["gen"], p["gen"]])
        case.extend([p["loc"], p["ins"], p["con"], p["via"], p["abt"], p["for"], p["base"]])
        subj.extend([p["top"], p["sub"]])
        obj.append(p["obj"])
    mod.extend(_KO_ADJ * 4)
    for t in _EN_TERMS:
        p = _particles(t)
        mod.extend([t, p["gen"]])
        case.extend([p["loc"], p["ins"], p["via"], p["abt"], p["base"]])
        subj.append(p["top"])
        obj.append(p["obj"])
    for t in _EN_NAMES:
        p = _particles(t)
        case.extend([p["loc"], p["con"]])
        mod.append(p["gen"])
        obj.append(p["obj"])
    for ko, en in _GLOSSED:
        p = _particles(ko)
        tok = f"{ko}({en})"
        mod.extend([tok, tok + "의"])
        case.extend([tok + p["ins"][len(ko) :], tok + p["via"][len(ko) :]])
        obj.append(tok + p["obj"][len(ko) :])
        subj.append(tok + p["top"][len(ko) :])
    pools = {
        "mod": (mod, _zipf_cw(len(mod), rnd)),
        "case": (case, _zipf_cw(len(case), rnd)),
        "subj": (subj, _zipf_cw(len(subj), rnd, offset=10)),
        "obj": (obj, _zipf_cw(len(obj), rnd)),
    }
    # Numbers ("5.8% 향상된", "30배 빠른", "2,000개의") join the modifier pool
    # with a small flat weight each.
    nums: list[str] = []
    for _ in range(120):
        nums.append(f"{rnd.randint(1, 99)}.{rnd.randint(0, 9)}% 향상된")
        nums.append(f"{rnd.randint(2, 40)}배 빠른")
        nums.append(f"{rnd.randint(1, 500) * rnd.choice((1, 10, 100, 1000)):,}개의")
        nums.append(f"{rnd.choice((1, 2, 3, 7, 8, 13, 14, 32, 70, 72, 405))}B 규모의")
    mod_tokens, mod_cw = pools["mod"]
    acc = mod_cw[-1]
    step = acc * 0.08 / len(nums)  # numbers: about 8% of modifiers
    for t in nums:
        acc += step
        mod_tokens.append(t)
        mod_cw.append(acc)
    return pools


def _presample() -> tuple[list[str], list[str], list[str], list[str]]:
    """Pre-draw sentence pieces with their Zipf weights, once, at import.

    Drawing uniformly from these lists later reproduces the weighted
    distribution but costs one index per piece instead of a bisect, which
    keeps a 110k-paper run within seconds.
    """
    pools = _build_pools()
    rnd = random.Random(54321)
    mod, mod_cw = pools["mod"]
    case, case_cw = pools["case"]
    subj, subj_cw = pools["subj"]
    obj, obj_cw = pools["obj"]
    n = 60000
    pairs = [
        f"{m} {c}"
        for m, c in zip(
            rnd.choices(mod, cum_weights=mod_cw, k=n), rnd.choices(case, cum_weights=case_cw, k=n)
        )
    ]
    heads = []
    for h in rnd.choices(subj, cum_weights=subj_cw, k=8000):
        heads.append(f"{rnd.choice(_KO_CONNECTIVES)} {h}" if rnd.random() < 0.3 else h)
    objs = rnd.choices(obj, cum_weights=obj_cw, k=6000)
    polite = [f"{o} {rnd.choice(_VERBS_POLITE)}" for o in objs]
    plain = [f"{o} {rnd.choice(_VERBS_PLAIN)}" for o in objs]
    return pairs, heads, polite, plain


_PAIRS, _HEADS, _ENDS_POLITE, _ENDS_PLAIN = _presample()
_N_HEADS, _N_ENDS = len(_HEADS), len(_ENDS_POLITE)


# ---------------------------------------------------------------------------
# Generator
# ---------------------------------------------------------------------------

# Era boundaries, as a fraction of the run (see module docstring).
_T_BARE = 0.015
_T_NOVOTE = 0.03
_T_VIDEO = 0.15
_T_PLAIN = 0.35
_T_STAR3 = 0.60
_T_LIST = (0.58, 0.64)
_T_DOUBLE = 0.55

# Probabilities.
_P_REPEAT = 0.03
_P_LATEX = 0.012
_P_MANY_AUTHORS = 0.025
_P_NESTED = 0.02
_P_URL = 0.04
_P_ANGLE = 0.01
_P_OTHER_HEAD = 0.004  # each of the three "other heading" kinds
_P_CDN = 0.25  # in the video era
_P_CDN_LATE = 0.003
_P_VIDEO = 0.06
_P_BARE_VIDEO = 0.02
_P_VOTE_DASH_DAY = 0.05
_P_DOUBLE_DAY = 0.02
_P_SHORT_STRUCT = 0.02
_P_TITLE_VARIANT = 0.3

_LATEX_KINDS = ("times", "sim", "textsc", "textit", "greek")
# anchors that only make sense on a newly drawn paper (not on a repeat)
_NEW_ONLY = frozenset({"many_authors"} | {"latex_" + k for k in _LATEX_KINDS})


class _Gen:
    def __init__(self, days: int, papers: int, seed: int, start: date) -> None:
        self.days = days
        self.papers = papers
        self.start = start
        self.rng = random.Random(seed)
        self._rand = self.rng.random
        self.used_ids: dict[str, set[int]] = {}
        self.recent: list[list[dict]] = []  # papers of the last few days
        self.forced_repeat: dict[int, dict] = {}  # day index -> paper to repeat
        self.anchors: dict[int, list[str]] = {}
        self._plan_anchors()

    # -- planning -----------------------------------------------------------

    def _t(self, i: int) -> float:
        return i / (self.days - 1) if self.days > 1 else 0.0

    def _window(self, lo: float, hi: float) -> range:
        """Day indices whose position lies in [lo, hi), never empty."""
        n = self.days
        a = min(n - 1, max(0, int(lo * (n - 1) + 0.999999)))
        b = max(a + 1, min(n, int(hi * (n - 1) + 0.999999)))
        return range(a, b)

    def _plan_anchors(self) -> None:
        rng = self.rng
        if self.days <= 0:
            return
        # Bare days are the first ones; anything with metadata starts after them.
        first_meta = min(self._window(0, _T_BARE).stop, self.days - 1)
        plan = {
            "nested": (0.0, _T_PLAIN),
            "video": (0.0, _T_VIDEO),
            "bare_video": (0.0, _T_VIDEO),
            "cdn_png": (0.0, _T_VIDEO),
            "cdn_gif": (0.0, _T_VIDEO),
            "vote_dash": (_T_NOVOTE, _T_PLAIN),
            "many_authors": (_T_NOVOTE, 1.0),
            "url": (0.0, 1.0),
            "angle": (_T_STAR3, 1.0),
            "double": (max(_T_DOUBLE, _T_LIST[1]), 1.0),
            "head_limitations": (_T_PLAIN, 1.0),
            "head_korean": (_T_PLAIN, 1.0),
            "head_typographic": (_T_PLAIN, 1.0),
            "latex_sim": (0.0, 1.0),
            "latex_textsc": (0.0, 1.0),
            "latex_textit": (0.0, 1.0),
            "latex_greek": (0.0, 1.0),
            "latex_times": (_T_PLAIN, 0.9),  # repeated two days later, spelled without LaTeX
        }
        for name, (lo, hi) in plan.items():
            w = self._window(lo, hi)
            lo_i = w.start
            if name not in ("nested", "url"):
                lo_i = max(lo_i, first_meta)
            hi_i = max(lo_i + 1, w.stop)
            day = min(self.days - 1, rng.randrange(lo_i, hi_i))
            self.anchors.setdefault(day, []).append(name)

    # -- small pieces -------------------------------------------------------

    def _arxiv_id(self, d: date) -> str:
        rng = self.rng
        sub = d - timedelta(days=rng.choice((0, 1, 1, 1, 2, 2, 3, 4, 6)))
        yymm = f"{sub.year % 100:02d}{sub.month:02d}"
        used = self.used_ids.setdefault(yymm, set())
        dim = calendar.monthrange(sub.year, sub.month)[1]
        # monthly submission volume grows over the years (ids are 5 digits)
        cap = max(8000, min(29000, 9000 + 1500 * (sub.year - 2015)))
        tries = 0
        while True:
            tries += 1
            if tries <= 50:
                n = int((sub.day - 1 + rng.random()) / dim * cap) + 1
            else:  # the day's stretch of numbers is full (huge --papers): use any
                if len(used) >= 99999:
                    raise ValueError(f"more than 99999 papers in month {yymm}")
                n = rng.randint(1, 99999)
            if n not in used:
                used.add(n)
                return f"{yymm}.{n:05d}"

    def _name(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.4:
            return "".join(rng.choice(_NAME_SYL).capitalize() for _ in range(rng.randint(2, 3)))
        if r < 0.7:
            return "".join(rng.choice("ABCDEFGHIJKLMNOPRSTUVWXZ") for _ in range(rng.randint(3, 6)))
        if r < 0.85:
            base = "".join(rng.choice(_NAME_SYL).capitalize() for _ in range(2))
            return f"{base}-{rng.choice(('2', 'V', 'R1', 'XL', '1.5', 'Pro', 'Bench', 'VL'))}"
        suffix = rng.choice(("GPT", "LM", "Diff", "Agent", "Bench", "Gen"))
        return f"{rng.choice(_NAME_SYL).capitalize()}{suffix}"

    def _subtitle(self) -> str:
        rng = self.rng
        A, N, G = _TITLE_ADJ, _TITLE_NOUNS, _TITLE_GERUNDS
        a1, a2 = rng.sample(A, 2)
        n1, n2, n3 = rng.sample(N, 3)
        k = rng.randrange(7)
        if k == 0:
            return f"{a1} {n1} for {a2} {n2}"
        if k == 1:
            return f"Towards {a1} {n1} with {n2}"
        if k == 2:
            return f"{rng.choice(G)} {a1} {n1} via {n2} {n3}"
        if k == 3:
            art = "An" if a1[0] in "AEIO" else "A"
            return f"{art} {a1} Framework for {n1} and {n2}"
        if k == 4:
            return f"{a1} {n1} from {a2} {n2} Data"
        if k == 5:
            return f"{rng.choice(G)} {n1} in {a1} {n2} Models"
        return f"When {n1} Meets {n2}"

    def _title(self, name: str, latex: str | None) -> str:
        rng = self.rng
        if latex == "times":
            left = rng.choice(("LLM", "VLM", "Agent", "Video", "Code"))
            return f"{left}$\\times${name}: {self._subtitle()}"
        if latex == "sim":
            return f"{name}: {self._subtitle()} in $\\sim${rng.randint(2, 500)} GPU Hours"
        if latex == "textsc":
            return f"\\textsc{{{name}}}: {self._subtitle()}"
        if latex == "textit":
            return f"$\\textit{{{name}}}$: {self._subtitle()}"
        if latex == "greek":
            g = rng.choice(("λ", "π", "α", "μ", "τ", "ε"))
            head = f"${g}$-{name}" if rng.random() < 0.5 else f"{name}-${g}$"
            return f"{head}: {self._subtitle()}"
        r = rng.random()
        if r < 0.62:
            return f"{name}: {self._subtitle()}"
        if r < 0.9:
            return self._subtitle()
        if r < 0.95:
            return f"{name} Technical Report"
        return f"Do {rng.choice(_TITLE_NOUNS)} Really Need {rng.choice(_TITLE_NOUNS)}?"

    def _authors(self, many: bool) -> list[str]:
        rng = self.rng
        rnd = self._rand
        if many:
            n = self._int(24, 120)
        else:
            n = _AUTHOR_COUNTS[int(rnd() * len(_AUTHOR_COUNTS))]
        firsts = rng.choices(_FIRST, k=n)
        lasts = rng.choices(_LAST, k=n)
        out = [f"{first} {last}" for first, last in zip(firsts, lasts)]
        if rnd() < 0.5:  # a middle initial here and there
            k = int(rnd() * n)
            out[k] = f"{firsts[k]} {rng.choice('ABCDEFGHJKLMNRSTW')}. {lasts[k]}"
        return out

    def _cdn(self, ext: str) -> str:
        user = "".join(self.rng.choices(_HEX, k=24))
        name = "".join(self.rng.choices(_B62_, k=21))
        return f"{_CDN}/{user}/{name}.{ext}"

    def _url(self, name: str) -> str:
        rng = self.rng
        k = rng.randrange(4)
        if k == 0:
            return f"https://github.com/{rng.choice(_GH_USERS)}/{name}"
        if k == 1:
            return f"https://{name.lower()}.github.io/"
        if k == 2:
            return f"https://huggingface.co/spaces/{rng.choice(_GH_USERS)}/{name}"
        return f"https://{name.lower()}-project.github.io/{rng.choice(('demo', 'code', 'data'))}"

    # -- text ---------------------------------------------------------------

    def _sentence(self, name_top: str, ends: list[str], n_mid: int) -> str:
        """One Korean-like sentence of about n_mid + 3 words.

        ``name_top`` is the paper's method name with its topic particle
        ("KineBench는"), used as the subject now and then.
        """
        rnd = self._rand
        head = name_top if rnd() < 0.25 else _HEADS[int(rnd() * _N_HEADS)]
        pairs = self.rng.choices(_PAIRS, k=max(1, n_mid // 2))
        return f"{head} {' '.join(pairs)} {ends[int(rnd() * _N_ENDS)]}"

    def _int(self, lo: int, hi: int) -> int:
        """Like rng.randint(lo, hi), cheaper."""
        return lo + int(self._rand() * (hi - lo + 1))

    def _plain_bullets(
        self, name: str, ends: list[str], nested: bool, extras: list[str]
    ) -> list[str]:
        rng = self.rng
        top = name + ("은" if _has_batchim(name) else "는")
        n = rng.randint(5, 8)
        lines = [f"- {self._sentence(top, ends, self._int(10, 19))}" for _ in range(n)]
        if nested:
            at = rng.randrange(1, n)
            lines[at] = f"- {name}의 주요 기여는 다음과 같습니다:"
            sub = [
                f"  - ({k + 1}) {self._sentence(top, ends, self._int(6, 12))}"
                for k in range(rng.randint(2, 4))
            ]
            lines[at + 1 : at + 1] = sub
        for e in extras:
            at = rng.randrange(len(lines))
            if lines[at].startswith("  ") or lines[at].endswith(":"):
                at = 0
            lines[at] = f"{lines[at]} {e}"
        return lines

    def _struct_bullets(
        self, name: str, ends: list[str], stars: str, heads: list[str], extras: list[str]
    ) -> list[str]:
        rng = self.rng
        top = name + ("은" if _has_batchim(name) else "는")
        lines = []
        for h in heads:
            body = " ".join(
                self._sentence(top, ends, self._int(9, 17)) for _ in range(self._int(2, 3))
            )
            lines.append(f"- {stars}{h}{stars}: {body}")
        for e in extras:
            at = rng.randrange(len(lines))
            lines[at] = f"{lines[at]} {e}"
        return lines

    # -- one paper ----------------------------------------------------------

    def _new_paper(self, d: date, forced: set[str]) -> dict:
        rng = self.rng
        latex = None
        for k in ("times", "sim", "textsc", "textit", "greek"):
            if "latex_" + k in forced:
                latex = k
        if latex is None and rng.random() < _P_LATEX:
            latex = rng.choice(_LATEX_KINDS)
        name = self._name()
        return {
            "id": self._arxiv_id(d),
            "name": name,
            "title": self._title(name, latex),
            "authors": self._authors("many_authors" in forced or rng.random() < _P_MANY_AUTHORS),
        }

    def _variant_title(self, title: str) -> str:
        rng = self.rng
        if "$" in title or "\\" in title:
            return title.replace("$", "").replace("\\", "")
        k = rng.randrange(3)
        if k == 0 and ": " in title:
            head, tail = title.split(": ", 1)
            return f"{head}: {tail.lower().capitalize()}"
        if k == 1 and "-" in title:
            return title.replace("-", " ", 1)
        return title + "."

    def _media(self, t: float, forced: set[str]) -> str:
        """What follows the title: "thumb", "cdn_png", "cdn_gif", "video", "bare_video"."""
        for kind in ("video", "bare_video", "cdn_png", "cdn_gif"):
            if kind in forced:
                return kind
        r = self._rand()
        if t < _T_VIDEO:
            if r < _P_VIDEO:
                return "video"
            if r < _P_VIDEO + _P_BARE_VIDEO:
                return "bare_video"
            if r < _P_VIDEO + _P_BARE_VIDEO + _P_CDN:
                return "cdn_gif" if self._rand() < 0.15 else "cdn_png"
        elif r < _P_CDN_LATE:
            return "cdn_gif" if self._rand() < 0.15 else "cdn_png"
        return "thumb"

    def _render(self, p: dict, t: float, forced: set[str], bare: bool) -> str:
        rng = self.rng
        pid = p["id"]
        name = p["name"]
        out = [f"### [{p['title']}](https://arxiv.org/abs/{pid})\n\n"]
        if not bare:
            media = self._media(t, forced)
            if media == "video":
                u = self._cdn("mp4")
                out.append(
                    f"[Watch Video]({u})\n"
                    f'<div><video controls src="{u}" muted="false"></video></div>\n\n'
                )
            elif media == "bare_video":
                out.append(f"<video src='{self._cdn('mp4')}' controls></video>\n\n")
            elif media in ("cdn_png", "cdn_gif"):
                out.append(f"![]({self._cdn(media[4:])})\n\n")
            else:
                out.append(f"![]({_THUMB}/{pid}.png)\n\n")
            if t >= _T_NOVOTE:
                out.append(f"Vote: {p['vote'] if p['vote'] >= 0 else '-'}\n\n")
            authors = p["authors"]
            if _T_LIST[0] <= t < _T_LIST[1]:
                out.append(f"Authors: {authors!r}\n\n")
            else:
                if len(authors) > 23:
                    a, b = rng.randint(12, 16), rng.randint(8, 10)
                    authors = authors[:a] + ["+"] + authors[-b:]
                out.append(f"Authors: {', '.join(authors)}\n\n")
        ends = _ENDS_PLAIN if rng.random() < 0.35 else _ENDS_POLITE
        extras = []
        if "url" in forced or rng.random() < _P_URL:
            extras.append(f"코드는 {self._url(name)}에서 확인할 수 있습니다.")
        if "angle" in forced or (t >= _T_STAR3 and rng.random() < _P_ANGLE):
            tag = rng.choice(("think", "think", "answer", "image"))
            if "angle" in forced:
                tag = "think"
            other = rng.choice(("solution", "answer", "tool_call"))
            extras.append(f"모델은 <{tag}>와 <{other}> 토큰 사이에 중간 추론 과정을 출력합니다.")
        if t < _T_PLAIN:
            lines = self._plain_bullets(
                name, ends, "nested" in forced or rng.random() < _P_NESTED, extras
            )
        else:
            what = "What's New"
            if "head_typographic" in forced or rng.random() < _P_OTHER_HEAD:
                what = "What’s New"
            heads = [what, "Technical Details", "Performance Highlights"]
            if "head_korean" in forced or (
                rng.random() < _P_OTHER_HEAD and "head_typographic" not in forced
            ):
                heads = rng.choice(
                    (
                        ["새로운 점", "기술적 세부사항", "성능 하이라이트"],
                        ["주요 기여", "기술 세부 사항", "성능 결과"],
                    )
                )
            elif rng.random() < _P_SHORT_STRUCT:
                heads = heads[: rng.randint(1, 2)]
            if "head_limitations" in forced or rng.random() < _P_OTHER_HEAD:
                heads = heads + [rng.choice(("Limitations", "Limitations and Future Work"))]
            stars = "***" if t >= _T_STAR3 else "**"
            lines = self._struct_bullets(name, ends, stars, heads, extras)
        out.append("\n".join(lines))
        out.append("\n" if bare else "\n\n")
        return "".join(out)

    # -- one day ------------------------------------------------------------

    def day(self, i: int) -> tuple[str, list[str]]:
        rng = self.rng
        d = self.start + timedelta(days=i)
        t = self._t(i)
        bare = i == 0 or t < _T_BARE
        anchors = self.anchors.get(i, [])
        # per-paper anchors go to random slots; day-level ones apply to the day
        forced_rep = self.forced_repeat.pop(i, None)
        slot_forced: list[set[str]] = [set() for _ in range(self.papers)]
        free = list(range(1 if forced_rep is not None else 0, self.papers))
        for a in anchors:
            if a not in ("vote_dash", "double") and self.papers:
                s = free.pop(rng.randrange(len(free))) if free else rng.randrange(self.papers)
                slot_forced[s].add(a)

        day_ids: set[str] = set()
        todays: list[dict] = []
        for s in range(self.papers):
            p = None
            if forced_rep is not None and s == 0 and forced_rep["id"] not in day_ids:
                p = dict(forced_rep, title=self._variant_title(forced_rep["title"]))
            elif self.recent and rng.random() < _P_REPEAT and not (slot_forced[s] & _NEW_ONLY):
                src_day = rng.choice(self.recent)
                if src_day:
                    src = rng.choice(src_day)
                    if src["id"] not in day_ids:
                        p = dict(src)
                        if rng.random() < _P_TITLE_VARIANT:
                            p["title"] = self._variant_title(src["title"])
            if p is None:
                p = self._new_paper(d, slot_forced[s])
                if "latex_times" in slot_forced[s] and i + 2 < self.days:
                    self.forced_repeat[i + 2] = p
            v = int(rng.lognormvariate(2.0, 1.15))
            p["vote"] = min(v, 700)
            p["slot"] = s
            day_ids.add(p["id"])
            todays.append(p)

        # trailing papers with unknown vote count
        if (
            not bare
            and t >= _T_NOVOTE
            and t < _T_PLAIN
            and ("vote_dash" in anchors or rng.random() < _P_VOTE_DASH_DAY)
        ):
            todays.sort(key=lambda p: -p["vote"])
            for p in todays[-rng.randint(1, min(4, len(todays))) :]:
                p["vote"] = -1

        # sections: usually one, now and then a second one appended later
        if (
            len(todays) >= 2
            and not bare
            and t >= _T_DOUBLE
            and ("double" in anchors or rng.random() < _P_DOUBLE_DAY)
        ):
            cut = rng.randint((len(todays) + 1) // 2, len(todays) - 1)
            sections = [todays[:cut], todays[cut:]]
        else:
            sections = [todays]

        head = f"## Daily Papers ({d.isoformat()})\n\n"
        parts: list[str] = []
        for sec in sections:
            sec = sorted(sec, key=lambda p: -p["vote"])  # stable: ties keep order
            parts.append(head)
            for p in sec:
                parts.append(self._render(p, t, slot_forced[p["slot"]], bare))

        # remember for repeats (keep only the identity fields)
        self.recent.append(
            [
                {"id": p["id"], "name": p["name"], "title": p["title"], "authors": p["authors"]}
                for p in todays
            ]
        )
        if len(self.recent) > 7:
            self.recent.pop(0)
        return "".join(parts), [p["id"] for p in todays]


def generate(
    out_dir: Path, days: int = 3650, papers: int = 30, seed: int = 1, start: date = date(2016, 1, 1)
) -> dict:
    """Write ``days`` consecutive daily digests of ``papers`` papers each.

    Files go to ``out_dir/YYYY/MM/DD.md``.  Returns stats:
    ``{"files", "papers", "distinct_ids", "bytes"}`` where ``papers`` counts
    ``### [`` entries (a repeated paper counts once per day it appears on).
    """
    out_dir = Path(out_dir)
    if isinstance(start, str):
        start = date.fromisoformat(start)
    if days < 0 or papers < 0:
        raise ValueError("days and papers must be >= 0")
    g = _Gen(days, papers, seed, start)
    made: set[Path] = set()
    ids: set[str] = set()
    n_papers = 0
    n_bytes = 0
    for i in range(days):
        text, day_ids = g.day(i)
        d = start + timedelta(days=i)
        folder = out_dir / f"{d.year:04d}" / f"{d.month:02d}"
        if folder not in made:
            folder.mkdir(parents=True, exist_ok=True)
            made.add(folder)
        data = text.encode("utf-8")
        (folder / f"{d.day:02d}.md").write_bytes(data)
        n_bytes += len(data)
        n_papers += len(day_ids)
        ids.update(day_ids)
    return {"files": days, "papers": n_papers, "distinct_ids": len(ids), "bytes": n_bytes}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path, help="output folder (OUT/YYYY/MM/DD.md)")
    ap.add_argument("--days", type=int, default=3650, help="number of consecutive days")
    ap.add_argument("--papers", type=int, default=30, help="papers per day")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument(
        "--start", type=date.fromisoformat, default=date(2016, 1, 1), help="first day, YYYY-MM-DD"
    )
    a = ap.parse_args(argv)
    t0 = time.perf_counter()
    stats = generate(a.out, days=a.days, papers=a.papers, seed=a.seed, start=a.start)
    dt = time.perf_counter() - t0
    print(
        f"{stats['files']} files, {stats['papers']} papers, "
        f"{stats['distinct_ids']} distinct ids, "
        f"{stats['bytes'] / 1e6:.1f} MB in {dt:.1f} s -> {a.out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
