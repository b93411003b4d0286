"""`python -m factcheck`: the same commands as the console script."""

from factcheck.cli import main

main()
