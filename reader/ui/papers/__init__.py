"""The paper list: its model, row painting, sort and filters, the pane with search."""
