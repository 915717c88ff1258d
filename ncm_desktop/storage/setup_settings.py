"""Keys and defaults of the dossier settings the set-up uses (``setting`` table).

Kept apart from the repository so that the fast, standard-library readers can use them
without importing SQLAlchemy.
"""

from __future__ import annotations

#: After how many months a Point of Contact notification counts as stale (6.3).
NOTIFICATION_PERIOD_KEY = "contacts.notification_period_months"
DEFAULT_NOTIFICATION_PERIOD = 12
NOTIFICATION_PERIOD_MAX = 120

#: The set-up assistant: the step to resume at, whether it opened by itself (and so
#: should again until it is finished), whether it was finished or hidden.
ASSISTANT_STEP_KEY = "assistant.step"
ASSISTANT_AUTO_KEY = "assistant.auto"
ASSISTANT_FINISHED_KEY = "assistant.finished"
ASSISTANT_HIDDEN_KEY = "assistant.hidden"
