"""Which bodies are Party bodies: names and codes recognised from their form, both ways."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from danvan.vn.bodies import is_party_body, is_party_code

PARTY_NAMES = [
    "Đảng ủy Khối các cơ quan tỉnh",
    "Đảng ủy xã Tân Lập",
    "Ban Dân vận Tỉnh ủy",
    "Ban Dân vận Huyện ủy Mộc Châu",
    "Huyện ủy Định Hóa",
    "HUYỆN UỶ ĐỊNH HOÁ",  # capitals, old tone-mark placement
    "Tỉnh ủy Cao Điền",
    "Thành ủy Hà Nội",
    "Quận ủy Ba Đình",
    "Thị ủy Sơn Tây",
    "Ban Thường vụ Tỉnh ủy",
    "Ban Thường vụ Đảng ủy Sở Dữ liệu số",
    "Chi bộ Văn phòng Sở",
    "Đảng bộ tỉnh Thái Nguyên",
    "Đảng đoàn Hội Nông dân tỉnh",
    "Ban cán sự đảng Ủy ban nhân dân tỉnh",
    "Ủy ban Kiểm tra Huyện ủy",
    "Ủy ban Kiểm tra Trung ương",
    "Văn phòng Trung ương Đảng",
    "Ban Tổ chức Trung ương",
    "Ban Tuyên giáo Tỉnh ủy",
    "Bộ Chính trị",
    "Ban Bí thư",
    "Ban Chấp hành Trung ương",
    "Quân ủy Trung ương",
]

STATE_NAMES = [
    "Ủy ban nhân dân tỉnh Cao Điền",
    "UBND tỉnh Hưng Yên",
    "Ủy ban nhân dân huyện Mộc Châu",
    "Hội đồng nhân dân tỉnh",
    "Sở Khoa học và Công nghệ",
    "Sở Dữ liệu số tỉnh Cao Điền",
    "Bộ Nội vụ",
    "Văn phòng Ủy ban nhân dân tỉnh",
    "Công an tỉnh",
    "Thanh tra tỉnh",
    "Ban Thường vụ Tỉnh Đoàn",  # the Youth Union, not the Party
    "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
    "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
    "Ban Tổ chức Hội thi",
    "Trung tâm Bình đẳng giới",  # "đẳng" is not "đảng"
    "Ban Dân tộc tỉnh",
]


@pytest.mark.parametrize("name", PARTY_NAMES)
def test_party_bodies_are_recognised(name: str) -> None:
    assert is_party_body(name)


@pytest.mark.parametrize("name", STATE_NAMES)
def test_state_bodies_are_not_party_bodies(name: str) -> None:
    assert not is_party_body(name)


@pytest.mark.parametrize("code", ["TW", "VPTW", "BTCTW", "UBKTTU", "ĐU", "BDVTU", "BDVHU", "HU"])
def test_party_codes(code: str) -> None:
    assert is_party_code(code)


@pytest.mark.parametrize("code", ["SKHCN", "UBND", "SNV", "CP", "TTg", "SKH&CN", "SDSCĐ", ""])
def test_state_codes(code: str) -> None:
    assert not is_party_code(code)


def test_a_joint_code_is_decided_by_its_lead_body() -> None:
    assert is_party_code("BDVTU-BCSĐUBND")
    assert not is_party_code("UBND-BDVTU")


LEVELS = st.sampled_from(["Tỉnh", "Huyện", "Thành", "Quận", "Thị", "Đảng"])
PLACES = st.sampled_from(["Cao Điền", "Mộc Châu", "Tân Lập", "Hà Nội", "Khối các cơ quan tỉnh"])
ORGANS = st.sampled_from(["", "Ban Dân vận ", "Văn phòng ", "Ban Thường vụ ", "Ban Tổ chức "])


@given(organ=ORGANS, level=LEVELS, place=PLACES, upper=st.booleans())
def test_every_organ_of_a_committee_is_a_party_body(
    organ: str, level: str, place: str, upper: bool
) -> None:
    name = f"{organ}{level} ủy {place}"
    assert is_party_body(name.upper() if upper else name)


@given(
    head=st.sampled_from(["Ủy ban nhân dân", "Hội đồng nhân dân", "Sở Nội vụ", "Văn phòng UBND"]),
    level=st.sampled_from(["tỉnh", "huyện", "thành phố", "quận", "thị xã", "xã"]),
    place=PLACES,
)
def test_local_state_bodies_are_never_party_bodies(head: str, level: str, place: str) -> None:
    assert not is_party_body(f"{head} {level} {place}")
