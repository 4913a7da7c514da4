"""danvan: typed models, checks and renderers for Vietnamese dân vận plans and reports."""
