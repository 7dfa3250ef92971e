"""The five-step complaint (处理投诉五步) at the desk: opening one, the complaint window
with its steps, the complaint list and the overdue count."""
