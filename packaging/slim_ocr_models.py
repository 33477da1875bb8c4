"""Make the desktop bundle's OCR models from the PP-OCR models in the rapidocr wheel.

``python packaging/slim_ocr_models.py OUT_DIR`` (run by ``make dist``) writes the detection
and recognition models under their usual names, 29.8 MB -> about 9 MB:

* the recogniser keeps only the characters the reader keeps (``ocr.KEPT``: Latin letters,
  digits and punctuation). Its last layer shrinks from 18,710 classes to about 330; the
  reader gets the same probabilities from the full model by keeping those classes and
  renormalising (softmax over a subset), so both read alike;
* every float weight is stored as float16 with a Cast back to float32 in front of it, which
  onnxruntime folds when it loads the model: the arithmetic stays float32.

The same input always gives the same bytes. Needs the ``onnx`` package (``.[packaging]``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

from rxtracker.exchange.certificates import ocr


def _latin_only(model: onnx.ModelProto) -> None:
    """Cut the recogniser's last layer to the classes ``ocr.kept_classes`` names."""
    meta = {p.key: p for p in model.metadata_props}
    characters = meta["character"].value.splitlines()
    keep = ocr.kept_classes(characters)
    classes = len(characters) + 2
    cut = 0
    for tensor in model.graph.initializer:
        if tensor.dims and tensor.dims[-1] == classes:
            values = numpy_helper.to_array(tensor)[..., keep]
            tensor.CopyFrom(numpy_helper.from_array(np.ascontiguousarray(values), tensor.name))
            cut += 1
    if cut != 2:  # the weight and the bias of the last layer
        raise SystemExit(f"expected the last layer's weight and bias, found {cut} tensors")
    meta["character"].value = "\n".join(characters[i - 1] for i in keep[1:-1])
    for value in [*model.graph.value_info, *model.graph.output]:  # the shapes recorded
        dims = value.type.tensor_type.shape.dim
        if dims and dims[-1].dim_value == classes:
            dims[-1].dim_value = len(keep)


def _float16_weights(model: onnx.ModelProto) -> None:
    """Store float32 weights as float16, each with a Cast to float32 before its first use."""
    casts = []
    for tensor in model.graph.initializer:
        if tensor.data_type != TensorProto.FLOAT or len(tensor.dims) == 0:
            continue
        values = numpy_helper.to_array(tensor)
        if np.abs(values).max(initial=0) >= 65504:
            raise SystemExit(f"{tensor.name} does not fit float16")
        name = tensor.name
        tensor.CopyFrom(numpy_helper.from_array(values.astype(np.float16), f"{name}__fp16"))
        casts.append(helper.make_node("Cast", [f"{name}__fp16"], [name], to=TensorProto.FLOAT))
    nodes = [*casts, *model.graph.node]
    del model.graph.node[:]
    model.graph.node.extend(nodes)


def slim(source: Path, target: Path, recogniser: bool) -> None:
    """Write ``source``'s model to ``target``, Latin-only (recogniser) and with float16 weights."""
    model = onnx.load(str(source))
    if recogniser:
        _latin_only(model)
    _float16_weights(model)
    onnx.checker.check_model(model)
    target.write_bytes(model.SerializeToString(deterministic=True))


def main(out: Path) -> None:
    """Write both models to ``out`` and say what each weighed before and after."""
    out.mkdir(parents=True, exist_ok=True)
    folder = ocr.models_folder()
    for name in (ocr.DETECTION_MODEL, ocr.RECOGNITION_MODEL):
        slim(folder / name, out / name, recogniser=name == ocr.RECOGNITION_MODEL)
        before, after = (folder / name).stat().st_size, (out / name).stat().st_size
        print(f"{name}: {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "build/ocr-models"))
