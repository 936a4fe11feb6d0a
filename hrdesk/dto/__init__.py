"""What the services hand out and take in: plain frozen values, one module per area.

Never ORM objects: a DTO imports no database, model or use case (contract dto-plain in
.importlinter), so the GUI, the reports and every layer of the core may hold one.
"""
