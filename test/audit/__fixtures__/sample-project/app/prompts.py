SYSTEM = "You are a helpful helpdesk assistant."


def render(question: str) -> str:
    return (
        "<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\n"
        f"{SYSTEM}<|eot_id|><|start_header_id|>user<|end_header_id|>\n\n{question}<|eot_id|>"
    )
