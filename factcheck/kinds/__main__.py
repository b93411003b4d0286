"""`python -m factcheck.kinds > schemas/rules.schema.json` regenerates the rules schema."""

import sys

from factcheck.kinds import rules_schema_text

sys.stdout.write(rules_schema_text())
