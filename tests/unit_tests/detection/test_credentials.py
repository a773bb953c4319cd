"""Issue #15 regressions: credential assignments people and models write.

Each form is checked with several made-up passwords (found) and placeholders
(left alone), through ``OutputRedactor`` in invoke and stream, sync and async.
"""

from __future__ import annotations

import pytest

from langchain_mistral_secure.detection.secrets import SecretDetector
from langchain_mistral_secure.detection.secrets.names import password_name_ok
from langchain_mistral_secure.redactor import OutputRedactor

REDACTOR = OutputRedactor(detectors=["secrets"])
DETECTOR = SecretDetector()

PASSWORDS = ["hunter42", "Tr0ub4dor&3", "S3cure!pass"]  # pragma: allowlist secret
PLACEHOLDERS = ["<password>", "${DB_PASSWORD}", "****", "xxxxxxxx", "changeme"]

FORMS = [
    "DB_PASSWORD={v}",
    "export MYAPPpassword={v}",
    "ANYpassword={v}",
    "database:\n  password: {v}\n",
    '{{"user": "app", "password": "{v}"}}',
    "conn = connect(user='app', passwd='{v}')",
    "pw:{v}",
    "pwd = {v}",
    "db_pass: {v}",
    "tool --password={v} --verbose",
    "sqltool -pwd:{v} -user:app",
    "tool --password {v} --verbose",
    "Connect-Db -Server db -Password {v}",
    "mysql -u root -p{v} shop",
    "sshpass -p {v} ssh deploy@host",
    "docker login -u me -p {v} registry.example",
    "CREATE USER 'app'@'%' IDENTIFIED BY '{v}';",
    "ALTER USER app IDENTIFIED WITH mysql_native_password BY '{v}';",
    "ALTER ROLE app WITH PASSWORD '{v}';",
    "Server=db;Database=shop;User Id=sa;Password={v};",
    "Host=db;Username=app;Pwd={v};",
    "postgres://app:{v}@db.internal:5432/shop",
    "https://app.example/login?user=bob&password={v}&next=/",
    "Identifiant : jdupont, mot de passe : {v}",
    "Benutzer: max, Passwort: {v}",
    "Kennwort={v}",
    "usuario: ana, contraseña: {v}",
    "utente: marco, parola d'ordine: {v}",
    "gebruiker: jan, wachtwoord: {v}",
    "senha: {v}",
    "パスワード\uff1a{v}",
]


def _pieces(text: str, size: int) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("password", PASSWORDS)
def test_password_forms_are_redacted(form: str, password: str) -> None:
    text = form.format(v=password)
    outs = [REDACTOR.invoke(text)]
    outs += ["".join(REDACTOR.transform(iter(_pieces(text, n)))) for n in (1, 4)]
    for out in outs:
        assert password not in out
        assert out == outs[0]


@pytest.mark.parametrize("form", FORMS)
async def test_password_forms_are_redacted_async(form: str) -> None:
    text = form.format(v=PASSWORDS[1])

    async def agen():
        for piece in _pieces(text, 3):
            yield piece

    invoked = await REDACTOR.ainvoke(text)
    streamed = "".join([chunk async for chunk in REDACTOR.atransform(agen())])
    assert PASSWORDS[1] not in invoked
    assert streamed == invoked


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("placeholder", PLACEHOLDERS)
def test_placeholders_are_not_findings(form: str, placeholder: str) -> None:
    text = form.format(v=placeholder)
    assert not [f for f in DETECTOR.detect(text) if f.category == "password"]


NOT_CREDENTIALS = [
    "password: str",
    "password: required",
    "Password: must be at least 8 characters long.",
    "password = getpass()",
    "password = args.password",
    "password = settings.DB_PASSWORD",
    "password_min_length = 12",
    "password_reset_url: https://example.org/reset",
    'type="password" name="password"',
    "first pass: filter the rows",
    "bypass: true",
    "passport: 12AB34567",
    "compass = north",
    "The password is incorrect.",
    "password: ''",
    "password: null",
    "docker run -p 8080:80 nginx",
    "mysql -u root -p shop",
    "passwordless: enabled",
    "tool --password-file /etc/app/pw.txt",
    "--pass through",
]


@pytest.mark.parametrize("text", NOT_CREDENTIALS)
def test_benign_password_talk_is_unchanged(text: str) -> None:
    assert REDACTOR.invoke(text) == text


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("DBpassword", True),
        ("MYSQL_PWD", True),
        ("userPwd", True),
        ("db_pass", True),
        ("PW", True),
        ("Kennwort", True),
        ("mot_de_passe", True),
        ("bypass", False),
        ("passport", False),
        ("password_hash", False),
        ("passwordPolicy", False),
        ("compass", False),
    ],
)
def test_password_names(name: str, expected: bool) -> None:
    assert password_name_ok(name) is expected
