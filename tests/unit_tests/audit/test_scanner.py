from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
import re2

from langchain_mistral_secure.audit.scanner import (
    glob_to_re2,
    is_env_file,
    list_files,
    mask_secret,
    scan_paths,
    scan_text,
)

# Fake values, random-looking so the detectors treat them as real keys.
MISTRAL_KEY = "Zq4Lm8vR2tY7wPx3KcN9bHd5FgJ6sAeW"  # pragma: allowlist secret
AWS_KEY = "AKIAQ7RZ4M2XK9PLW3TB"  # pragma: allowlist secret
GITHUB_TOKEN = "ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8"  # pragma: allowlist secret


def masked(value: str) -> str:
    return value[:2] + "*" * 8 + value[-2:]


def notebook(cells: list[dict[str, object]]) -> str:
    """A minimal nbformat 4 notebook, written the way Jupyter writes it."""
    doc = {
        "cells": cells,
        "metadata": {},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    return json.dumps(doc, indent=1) + "\n"


def code_cell(source: str, outputs: list[dict[str, object]] | None = None) -> dict:
    return {
        "cell_type": "code",
        "execution_count": 1 if outputs else None,
        "id": "a1b2c3d4",
        "metadata": {},
        "outputs": outputs or [],
        "source": source.splitlines(keepends=True),
    }


def stream_output(text: str) -> dict[str, object]:
    return {"name": "stdout", "output_type": "stream", "text": [text]}


def git(root: Path, *args: str) -> None:
    exe = shutil.which("git")
    assert exe is not None
    subprocess.run(  # noqa: S603
        [exe, "-C", str(root), *args],
        check=True,
        capture_output=True,
    )


# (file name, content, expected line, expected category, planted value)
PLANTED = [
    (
        "app.py",
        f'import os\n\nMISTRAL_API_KEY = "{MISTRAL_KEY}"\n',
        3,
        "mistral_api_key",
        MISTRAL_KEY,
    ),
    (
        "client.py",
        f'from x import ChatMistralAI\nllm = ChatMistralAI(api_key="{MISTRAL_KEY}")\n',
        2,
        "mistral_api_key",
        MISTRAL_KEY,
    ),
    (
        ".env",
        f"DEBUG=1\nMISTRAL_API_KEY={MISTRAL_KEY}\n",
        2,
        "mistral_api_key",
        MISTRAL_KEY,
    ),
    (
        "config.yaml",
        f"service:\n  name: demo\n  api_key: {MISTRAL_KEY}\n",
        3,
        "mistral_api_key",
        MISTRAL_KEY,
    ),
    (
        "settings.toml",
        f'[aws]\nregion = "eu-west-3"\naccess_key_id = "{AWS_KEY}"\n',
        3,
        "aws_access_key",
        AWS_KEY,
    ),
    (
        "deploy.json",
        json.dumps({"ci": {"token": GITHUB_TOKEN}}, indent=2),
        3,
        "github_token",
        GITHUB_TOKEN,
    ),
    ("notes.py", f'x = 1\ny = "{MISTRAL_KEY}"\n', 2, "mistral_api_key", MISTRAL_KEY),
]


@pytest.mark.parametrize(("name", "content", "line", "category", "value"), PLANTED)
def test_planted_secret_found_with_line_and_mask(  # noqa: PLR0913, PLR0917
    tmp_path: Path, name: str, content: str, line: int, category: str, value: str
) -> None:
    (tmp_path / name).write_text(content)
    result = scan_paths(tmp_path)
    assert [(h.path, h.line, h.category) for h in result.secrets] == [
        (name, line, category)
    ]
    hit = result.secrets[0]
    assert hit.masked == masked(value)
    assert value not in repr(result)


NOTEBOOK_CASES = [
    # (cells, expected (line substring, where))
    pytest.param(
        [
            code_cell("print('hello')"),
            code_cell("print(key)", [stream_output(f"key is {MISTRAL_KEY}\n")]),
        ],
        "cell 2 output",
        id="output",
    ),
    pytest.param(
        [code_cell(f'import os\nos.environ["MISTRAL_API_KEY"] = "{MISTRAL_KEY}"\n')],
        "cell 1 source",
        id="source",
    ),
    pytest.param(
        [
            code_cell(
                "display(d)",
                [
                    {
                        "output_type": "execute_result",
                        "execution_count": 1,
                        "metadata": {},
                        "data": {"text/plain": [f"{{'token': '{GITHUB_TOKEN}'}}"]},
                    }
                ],
            )
        ],
        "cell 1 output",
        id="execute-result",
    ),
]


@pytest.mark.parametrize(("cells", "where"), NOTEBOOK_CASES)
def test_notebook_secret_found_in_cells_and_outputs(
    tmp_path: Path, cells: list[dict[str, object]], where: str
) -> None:
    text = notebook(cells)
    (tmp_path / "demo.ipynb").write_text(text)
    result = scan_paths(tmp_path)
    assert len(result.secrets) == 1
    hit = result.secrets[0]
    assert hit.where == where
    line_text = text.splitlines()[hit.line - 1]
    assert hit.masked[:2] in line_text
    assert hit.masked[-2:] in line_text
    assert (MISTRAL_KEY in line_text) or (GITHUB_TOKEN in line_text)


@pytest.mark.parametrize(
    ("outputs", "expected"),
    [
        ([], []),
        ([stream_output("42\n")], [("demo.ipynb", 1)]),
    ],
)
def test_notebook_outputs_reported(
    tmp_path: Path, outputs: list[dict[str, object]], expected: list[tuple[str, int]]
) -> None:
    (tmp_path / "demo.ipynb").write_text(notebook([code_cell("1 + 1", outputs)]))
    assert scan_paths(tmp_path).notebooks_with_outputs == expected


def test_notebook_image_output_is_not_scanned(tmp_path: Path) -> None:
    blob = ("iVBO+" + MISTRAL_KEY + "/") * 50
    output = {
        "output_type": "display_data",
        "metadata": {},
        "data": {"image/png": blob, "text/plain": ["<Figure>"]},
    }
    (tmp_path / "plot.ipynb").write_text(notebook([code_cell("plot()", [output])]))
    assert scan_paths(tmp_path).secrets == []


HARD_NEGATIVES = [
    'commit = "9a038989604e8da62ecddbe2094b16ce1b778be1"\n',
    'request_id = "e8e4df51-2054-49b0-ab1c-516ac95c691d"\n',
    "digest: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n",
    'etag = "d41d8cd98f00b204e9800998ecf8427e"\n',
    'AWS_ACCESS_KEY_ID = "AKIAXXXXXXXXXXXXXXXX"\n',
    'MISTRAL_API_KEY = "your-mistral-api-key"\n',
    "MISTRAL_API_KEY=${MISTRAL_API_KEY}\n",
    'api_key = os.environ["MISTRAL_API_KEY"]\n',
    'api_key = "<your-key-here>"\n',
    'data = "iVBO+' + MISTRAL_KEY + '/abc="\n',
    f'MISTRAL_API_KEY = "{MISTRAL_KEY}"  # pragma: allowlist secret\n',
    f"# pragma: allowlist nextline secret\nMISTRAL_API_KEY = {MISTRAL_KEY}\n",
    "def test_something_long():\n    return TestCaseNameThatIsLongEnough\n",
]


@pytest.mark.parametrize("content", HARD_NEGATIVES)
def test_hard_negatives_not_flagged(tmp_path: Path, content: str) -> None:
    (tmp_path / "sample.py").write_text(content)
    (tmp_path / "sample.yaml").write_text(content)
    assert scan_paths(tmp_path).secrets == []


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("abcdefghijklmnop", "ab********op"),
        ("abcdefgh", "ab****gh"),
        ("short", "*****"),
        ("  " + MISTRAL_KEY + "\n", masked(MISTRAL_KEY)),
    ],
)
def test_mask_secret(value: str, expected: str) -> None:
    assert mask_secret(value) == expected


def test_scan_text_reports_lines() -> None:
    text = f"a = 1\nb = 2\nMISTRAL_API_KEY = '{MISTRAL_KEY}'\n"
    assert [(line, m) for line, _, m in scan_text(text)] == [(3, masked(MISTRAL_KEY))]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (".env", True),
        (".env.local", True),
        ("config/.env.production", True),
        ("prod.env", True),
        (".env.example", False),
        (".env.sample", False),
        (".envrc", False),
        ("env.py", False),
    ],
)
def test_is_env_file(name: str, expected: bool) -> None:
    assert is_env_file(name) is expected


@pytest.mark.parametrize(
    ("glob", "path", "expected"),
    [
        ("*.log", "debug.log", True),
        ("*.log", "logs/debug.log", False),
        ("a/**/b", "a/x/y/b", True),
        ("**/b", "b", True),
        ("file?.txt", "file1.txt", True),
        ("file[0-9].txt", "filex.txt", False),
        ("file[!0-9].txt", "filex.txt", True),
        ("a.b", "axb", False),
    ],
)
def test_glob_to_re2(glob: str, path: str, expected: bool) -> None:
    assert bool(re2.match(glob_to_re2(glob), path)) is expected


def _tree(root: Path) -> None:
    files = {
        ".gitignore": "*.log\nsecrets/\n/build\n!keep.log\n",
        "app.py": "x = 1\n",
        "debug.log": "log\n",
        "keep.log": "kept\n",
        "secrets/key.txt": "k\n",
        "build/out.py": "y = 2\n",
        "src/build/mod.py": "z = 3\n",
        "src/.gitignore": "generated.py\n",
        "src/generated.py": "g = 1\n",
        "node_modules/pkg/index.js": "js\n",
        "venv/lib/site.py": "v\n",
        "myenv/pyvenv.cfg": "home = /usr\n",
        "myenv/lib/x.py": "x\n",
        "__pycache__/a.pyc": "c\n",
    }
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content)


EXPECTED_FILES = [
    ".gitignore",
    "app.py",
    "keep.log",
    "src/.gitignore",
    "src/build/mod.py",
]


def test_fallback_walker_honours_gitignore(tmp_path: Path) -> None:
    _tree(tmp_path)
    files, from_git = list_files(tmp_path)
    assert from_git is False
    assert sorted(files) == EXPECTED_FILES


def test_git_listing_honours_gitignore(git_repo: Path) -> None:
    _tree(git_repo)
    files, from_git = list_files(git_repo)
    assert from_git is True
    assert sorted(files) == EXPECTED_FILES


@pytest.mark.parametrize("use_git", [True, False])
def test_ignored_secret_file_not_scanned(tmp_path: Path, use_git: bool) -> None:
    if use_git:
        if shutil.which("git") is None:
            pytest.skip("git is not installed")
        git(tmp_path, "init", "-q")
    (tmp_path / ".gitignore").write_text(".env\nlocal/\n")
    (tmp_path / ".env").write_text(f"MISTRAL_API_KEY={MISTRAL_KEY}\n")
    (tmp_path / "local").mkdir()
    (tmp_path / "local" / "k.py").write_text(f"KEY = '{MISTRAL_KEY}'\n")
    result = scan_paths(tmp_path)
    assert result.in_git is use_git
    assert result.secrets == []
    assert result.env_files == []


def test_git_lists_tracked_env_even_if_ignored(git_repo: Path) -> None:
    (git_repo / ".env").write_text("DEBUG=1\n")
    git(git_repo, "add", ".env")
    (git_repo / ".gitignore").write_text(".env\n")
    assert scan_paths(git_repo).env_files == [".env"]


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("blob.bin", b"\x00\x01" + f"KEY='{MISTRAL_KEY}'".encode()),
        ("big.py", f"KEY = '{MISTRAL_KEY}'\n".encode() + b"#" * 2_000),
    ],
)
def test_binary_and_large_files_skipped(tmp_path: Path, name: str, data: bytes) -> None:
    (tmp_path / name).write_bytes(data)
    result = scan_paths(tmp_path, max_bytes=1_000)
    assert result.secrets == []
    assert result.files_skipped == 1
    assert result.files_scanned == 0


# Spelled through LEVEL so this file does not trip the audit it tests.
LEVEL = "DEBUG"
HTTPX_CASES = [
    (
        f'import logging\nlogging.getLogger("httpx").setLevel(logging.{LEVEL})\n',
        "a.py",
        [2],
    ),
    (f"logging.getLogger('httpcore.http11').setLevel('{LEVEL}')\n", "a.py", [1]),
    (
        f'log = logging.getLogger("httpx")\nx = 1\nlog.setLevel(logging.{LEVEL})\n',
        "a.py",
        [3],
    ),
    (f'LOGGING = {{"loggers": {{"httpx": {{"level": "{LEVEL}"}}}}}}\n', "a.py", [1]),
    (
        f"loggers:\n  httpx:\n    handlers: [console]\n    level: {LEVEL}\n",
        "log.yaml",
        [2],
    ),
    (f"HTTPX_LOG_LEVEL={LEVEL.lower()}\n", ".env.example", [1]),
    ('logging.getLogger("httpx").setLevel(logging.WARNING)\n', "a.py", []),
    (
        f'log = logging.getLogger("httpx")\nother.setLevel(logging.{LEVEL})\n',
        "a.py",
        [],
    ),
    ("logging.basicConfig(level=logging.INFO)\n", "a.py", []),
    (f'# logging.getLogger("httpx").setLevel(logging.{LEVEL})\n', "a.py", []),
    (f"loggers:\n  # httpx:\n  #   level: {LEVEL}\n", "log.yaml", []),
    (
        f'logging.getLogger("httpx").setLevel(logging.{LEVEL})  # pragma: allowlist\n',
        "a.py",
        [],
    ),
]


@pytest.mark.parametrize(("content", "name", "lines"), HTTPX_CASES)
def test_httpx_debug_logging(
    tmp_path: Path, content: str, name: str, lines: list[int]
) -> None:
    (tmp_path / name).write_text(content)
    result = scan_paths(tmp_path)
    assert [(h.path, h.line) for h in result.httpx_debug] == [(name, n) for n in lines]


def test_httpx_debug_in_notebook_code_cell(tmp_path: Path) -> None:
    source = f'import logging\nlogging.getLogger("httpx").setLevel(logging.{LEVEL})\n'
    text = notebook([code_cell(source)])
    (tmp_path / "nb.ipynb").write_text(text)
    hits = scan_paths(tmp_path).httpx_debug
    assert len(hits) == 1
    assert "setLevel" in text.splitlines()[hits[0].line - 1]


def test_ten_thousand_files(tmp_path: Path) -> None:
    for d in range(100):
        sub = tmp_path / f"pkg{d}"
        sub.mkdir()
        for f in range(100):
            (sub / f"mod{f}.py").write_text(f"VALUE_{f} = {d * f}\n")
    (tmp_path / "pkg7" / "mod7.py").write_text(f"API_KEY = '{MISTRAL_KEY}'\n")
    result = scan_paths(tmp_path)
    assert result.files_scanned == 10_000
    assert [(h.path, h.line) for h in result.secrets] == [("pkg7/mod7.py", 1)]
