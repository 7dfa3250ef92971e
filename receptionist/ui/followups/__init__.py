"""Follow-up and call-back tasks at the desk: the Today list in the desk's Today panel
(one's own tasks, a manager's department with overdue counts), the outcome dialog and
the rules' daily run."""
