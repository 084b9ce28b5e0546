"""What the engineering page says about this repository's CI is true of its files."""

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def test_the_test_workflow_runs_ci_run_on_pull_requests_and_pushes_to_main():
    workflow = yaml.safe_load((ROOT / ".github/workflows/test.yml").read_text())
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads `on` as True
    assert "pull_request" in triggers and triggers["push"]["branches"] == ["main"]
    job = workflow["jobs"]["test"]
    assert job["container"] == "python:3.11-bookworm" and job["timeout-minutes"] == 30
    assert workflow["permissions"] == {"contents": "read"}
    assert job["steps"][-1]["run"] == "bash .ci/run"


def test_ci_run_installs_what_is_missing_and_runs_the_readme_command():
    script = (ROOT / ".ci/run").read_text().splitlines()
    assert "set -euo pipefail" in script
    assert any("apt-get install" in line and "chromium" in line for line in script)
    assert any('"uv==' in line for line in script)
    assert script[-1] == "scripts/test"
    assert "uv run --locked pytest" in (ROOT / "scripts/test").read_text()


def test_deploy_runs_only_after_a_successful_test_run_on_main():
    workflow = yaml.safe_load((ROOT / ".github/workflows/deploy.yml").read_text())
    triggers = workflow.get("on", workflow.get(True))
    assert triggers["workflow_run"]["workflows"] == ["test"]
    assert "success" in workflow["jobs"]["build"]["if"]
