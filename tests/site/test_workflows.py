"""The CI workflows run untrusted snippet code with least privilege and deploy only tested main."""

from __future__ import annotations

import re

import pytest
import yaml

from tests.site.conftest import PROJECT_ROOT

WORKFLOWS = PROJECT_ROOT / ".github" / "workflows"
PINNED = re.compile(r"^[\w.-]+/[\w./-]+@[0-9a-f]{40}$")


def load(name: str) -> dict:
    workflow = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    workflow["on"] = workflow.pop(True, workflow.get("on"))  # YAML 1.1 reads `on:` as True
    return workflow


def steps(workflow: dict):
    for job in workflow["jobs"].values():
        yield from job.get("steps", [])


@pytest.mark.parametrize("name", ["test.yml", "deploy.yml"])
def test_actions_are_pinned_to_a_commit_with_the_version_in_a_comment(name):
    text = (WORKFLOWS / name).read_text(encoding="utf-8")
    for step in steps(load(name)):
        if "uses" in step:
            assert PINNED.match(step["uses"]), step["uses"]
            assert re.search(re.escape(step["uses"]) + r" # v\d", text), f"{step['uses']}: no version"


@pytest.mark.parametrize("name", ["test.yml", "deploy.yml"])
def test_checkout_does_not_keep_the_token(name):
    for step in steps(load(name)):
        if step.get("uses", "").startswith("actions/checkout@"):
            assert step.get("with", {}).get("persist-credentials") is False


def test_the_test_workflow_is_read_only():
    assert load("test.yml")["permissions"] == {"contents": "read"}


def test_deploy_runs_only_after_tests_pass_on_main_and_is_never_cancelled():
    workflow = load("deploy.yml")
    assert set(workflow["on"]) == {"workflow_run"}, "no manual dispatch from another branch"
    trigger = workflow["on"]["workflow_run"]
    assert trigger["workflows"] == ["test"] and trigger["branches"] == ["main"]
    assert workflow["permissions"] == {}
    assert workflow["concurrency"]["cancel-in-progress"] is False
    build, deploy = workflow["jobs"]["build"], workflow["jobs"]["deploy"]
    assert "conclusion == 'success'" in build["if"] and "event == 'push'" in build["if"]
    assert build["permissions"] == {"contents": "read"}, "the job that runs snippets cannot write"
    assert deploy["needs"] == "build"
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
