"""Files and figures made from what the core returns: Excel, PDF, charts."""
