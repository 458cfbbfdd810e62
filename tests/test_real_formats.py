"""The real held-out documents (tests/test_realheldout.py) as the DOCX and PDF a province sends and the web page a portal
serves, written from their portal pages by tests/fixtures/make_real_formats.py and scored against the same gold.

Same ratchet as the markdown: a copy joins `PASSING_FORMATS` once it meets the bars and never leaves it;
every copy is written, extracted and scored on every run, so a crash fails. The copies' figures beside the
markdown's are in README ("Extraction quality").
"""
import pytest

from vnplan.read import read_file
from conftest import load_script
from test_realheldout import DOCUMENTS, FIXTURES, _source
from test_unseen import figures_below_bars

WRITER = load_script(FIXTURES / "make_real_formats.py", "make_real_formats")
PASSING_FORMATS = {
    ("realheldout", "192068354fd1ffe5", "docx"), ("realheldout", "192068354fd1ffe5", "pdf"),
    ("realheldout", "192068354fd1ffe5", "html"), ("realheldout", "2847e16133f7b987", "docx"),
    ("realheldout", "2847e16133f7b987", "pdf"), ("realheldout", "2847e16133f7b987", "html"),
    ("realheldout", "4e39af96b6891368", "docx"), ("realheldout", "4e39af96b6891368", "pdf"),
    ("realheldout", "4e39af96b6891368", "html"), ("realheldout", "4f30202155d56bdd", "docx"),
    ("realheldout", "4f30202155d56bdd", "pdf"), ("realheldout", "4f30202155d56bdd", "html"),
    ("realheldout", "c5d930a5fc8373cd", "docx"), ("realheldout", "c5d930a5fc8373cd", "pdf"),
    ("realheldout", "c5d930a5fc8373cd", "html"), ("realheldout", "d40513a8b25883ec", "docx"),
    ("realheldout", "d40513a8b25883ec", "pdf"), ("realheldout", "d40513a8b25883ec", "html"),
    ("realheldout2", "541cde0f8d5ffef3", "docx"), ("realheldout2", "541cde0f8d5ffef3", "pdf"),
    ("realheldout2", "541cde0f8d5ffef3", "html"), ("realheldout2", "556b2fb4a0149576", "docx"),
    ("realheldout2", "556b2fb4a0149576", "pdf"), ("realheldout2", "556b2fb4a0149576", "html"),
    ("realheldout2", "62f25a030c183151", "docx"), ("realheldout2", "62f25a030c183151", "pdf"),
    ("realheldout2", "62f25a030c183151", "html"), ("realheldout2", "a83fffe08d7aeed7", "docx"),
    ("realheldout2", "a83fffe08d7aeed7", "pdf"), ("realheldout2", "a83fffe08d7aeed7", "html"),
    ("realheldout3", "2957e4f4f0e41373", "docx"), ("realheldout3", "2957e4f4f0e41373", "html"),
    ("realheldout3", "405a6cabda393030", "docx"), ("realheldout3", "405a6cabda393030", "pdf"),
    ("realheldout3", "405a6cabda393030", "html"), ("realheldout3", "98be6e047028fade", "docx"),
    ("realheldout3", "98be6e047028fade", "pdf"), ("realheldout3", "98be6e047028fade", "html"),
    ("realheldout3", "f1e0981425ec38be", "docx"), ("realheldout3", "f1e0981425ec38be", "pdf"),
    ("realheldout3", "f1e0981425ec38be", "html"), ("realheldout4", "9d0926aa62bf16bd", "docx"),
    ("realheldout4", "9d0926aa62bf16bd", "pdf"), ("realheldout4", "9d0926aa62bf16bd", "html"),
    ("realheldout4", "abca9704d4c889cd", "docx"), ("realheldout4", "abca9704d4c889cd", "pdf"),
    ("realheldout4", "abca9704d4c889cd", "html"), ("realheldout4", "c37e0ca0510350f4", "docx"),
    ("realheldout4", "c37e0ca0510350f4", "pdf"), ("realheldout4", "c37e0ca0510350f4", "html"),
    ("realheldout4", "c93728206e91346c", "docx"), ("realheldout4", "c93728206e91346c", "pdf"),
    ("realheldout4", "c93728206e91346c", "html"), ("realheldout5", "24ac05c2c7c4518e", "docx"),
    ("realheldout5", "24ac05c2c7c4518e", "pdf"), ("realheldout5", "24ac05c2c7c4518e", "html"),
    ("realheldout5", "43ce594e2a648040", "docx"), ("realheldout5", "43ce594e2a648040", "pdf"),
    ("realheldout5", "43ce594e2a648040", "html"), ("realheldout6", "65dec8089b8bd9d9", "docx"),
    ("realheldout6", "65dec8089b8bd9d9", "pdf"), ("realheldout6", "65dec8089b8bd9d9", "html"),
    ("realheldout6", "8bb6ac57ee7b4c5d", "docx"), ("realheldout6", "8bb6ac57ee7b4c5d", "pdf"),
    ("realheldout6", "8bb6ac57ee7b4c5d", "html"), ("realheldout7", "44aeb2fd86d07d4a", "docx"),
    ("realheldout7", "44aeb2fd86d07d4a", "html"), ("realheldout7", "717159673033f644", "docx"),
    ("realheldout7", "717159673033f644", "pdf"), ("realheldout7", "717159673033f644", "html"),
    ("realheldout7", "9063e901ca3fd0c3", "docx"), ("realheldout7", "9063e901ca3fd0c3", "pdf"),
    ("realheldout7", "9063e901ca3fd0c3", "html"), ("realheldout7", "a328fbb46798c2b5", "docx"),
    ("realheldout7", "a328fbb46798c2b5", "pdf"), ("realheldout7", "a328fbb46798c2b5", "html"),
    ("realheldout7", "cfef94bb5eaf59df", "docx"), ("realheldout7", "cfef94bb5eaf59df", "pdf"),
    ("realheldout7", "cfef94bb5eaf59df", "html"), ("realheldout8", "046d4a5b8d446144", "docx"),
    ("realheldout8", "046d4a5b8d446144", "pdf"), ("realheldout8", "046d4a5b8d446144", "html"),
    ("realheldout8", "0f98ee482389e59e", "docx"), ("realheldout8", "0f98ee482389e59e", "pdf"),
    ("realheldout8", "0f98ee482389e59e", "html"), ("realheldout8", "2d977d9ad8cd2645", "docx"),
    ("realheldout8", "2d977d9ad8cd2645", "html"), ("realheldout8", "3da36bfda85c0a44", "docx"),
    ("realheldout8", "3da36bfda85c0a44", "pdf"), ("realheldout8", "3da36bfda85c0a44", "html"),
    ("realheldout8", "b2fa001677379e64", "docx"), ("realheldout8", "b2fa001677379e64", "pdf"),
    ("realheldout8", "b2fa001677379e64", "html"), ("realheldout8", "de54f5fa3cc24927", "docx"),
    ("realheldout8", "de54f5fa3cc24927", "pdf"), ("realheldout8", "de54f5fa3cc24927", "html"),
    ("realheldout8", "f20b8af669b140e9", "docx"), ("realheldout8", "f20b8af669b140e9", "pdf"),
    ("realheldout8", "f20b8af669b140e9", "html"), ("realheldout9", "0326977b5d611b9a", "docx"),
    ("realheldout9", "0326977b5d611b9a", "pdf"), ("realheldout9", "0326977b5d611b9a", "html"),
    ("realheldout9", "27e00d593ec30fac", "docx"), ("realheldout9", "27e00d593ec30fac", "pdf"),
    ("realheldout9", "27e00d593ec30fac", "html"), ("realheldout9", "428781e0a885659b", "docx"),
    ("realheldout9", "428781e0a885659b", "pdf"), ("realheldout9", "428781e0a885659b", "html"),
    ("realheldout9", "9e9ed41212fc9334", "docx"), ("realheldout9", "9e9ed41212fc9334", "pdf"),
    ("realheldout9", "9e9ed41212fc9334", "html"), ("realheldout9", "f7f2733d47a603dc", "docx"),
    ("realheldout9", "f7f2733d47a603dc", "pdf"), ("realheldout9", "f7f2733d47a603dc", "html"),
    ("realheldout10", "58afeb4af978fe53", "docx"), ("realheldout10", "58afeb4af978fe53", "pdf"),
    ("realheldout10", "58afeb4af978fe53", "html"), ("realheldout10", "86bfc6829840b0c8", "docx"),
    ("realheldout10", "86bfc6829840b0c8", "pdf"), ("realheldout10", "86bfc6829840b0c8", "html"),
    ("realheldout10", "8983091b5c6598d8", "docx"), ("realheldout10", "8983091b5c6598d8", "pdf"),
    ("realheldout10", "8983091b5c6598d8", "html"), ("realheldout10", "b1ce4a2380c2c8e3", "docx"),
    ("realheldout10", "b1ce4a2380c2c8e3", "pdf"), ("realheldout10", "b1ce4a2380c2c8e3", "html"),
    ("realheldout10", "c257b50e82ec95ef", "docx"), ("realheldout10", "c257b50e82ec95ef", "pdf"),
    ("realheldout10", "c257b50e82ec95ef", "html"), ("realheldout11", "04e4130eb91f3242", "docx"),
    ("realheldout11", "04e4130eb91f3242", "pdf"), ("realheldout11", "04e4130eb91f3242", "html"),
    ("realheldout11", "346647ab456312c0", "docx"), ("realheldout11", "346647ab456312c0", "pdf"),
    ("realheldout11", "346647ab456312c0", "html"), ("realheldout11", "355bcc582867074b", "docx"),
    ("realheldout11", "355bcc582867074b", "pdf"), ("realheldout11", "355bcc582867074b", "html"),
    ("realheldout11", "45cc2b3cda45b66c", "docx"), ("realheldout11", "45cc2b3cda45b66c", "pdf"),
    ("realheldout11", "45cc2b3cda45b66c", "html"), ("realheldout11", "77dca8a7aeea79a1", "docx"),
    ("realheldout11", "77dca8a7aeea79a1", "pdf"), ("realheldout11", "77dca8a7aeea79a1", "html"),
    ("realheldout11", "e09bc3b35c473bea", "docx"), ("realheldout11", "e09bc3b35c473bea", "pdf"),
    ("realheldout11", "e09bc3b35c473bea", "html"), ("realheldout12", "0beedb7bdb363a85", "docx"),
    ("realheldout12", "0beedb7bdb363a85", "pdf"), ("realheldout12", "0beedb7bdb363a85", "html"),
    ("realheldout12", "389276e8dae699ce", "docx"), ("realheldout12", "389276e8dae699ce", "pdf"),
    ("realheldout12", "389276e8dae699ce", "html"), ("realheldout12", "9119d84f0b18ca45", "docx"),
    ("realheldout12", "9119d84f0b18ca45", "pdf"), ("realheldout12", "9119d84f0b18ca45", "html"),
    ("realheldout12", "e5fc434ba0580ac0", "docx"), ("realheldout12", "e5fc434ba0580ac0", "pdf"),
    ("realheldout12", "e5fc434ba0580ac0", "html"), ("realheldout12", "ff9aace5b310314d", "docx"),
    ("realheldout12", "ff9aace5b310314d", "pdf"), ("realheldout12", "ff9aace5b310314d", "html"),
    ("realheldout13", "5fc0868aeac2f15a", "docx"), ("realheldout13", "5fc0868aeac2f15a", "pdf"),
    ("realheldout13", "5fc0868aeac2f15a", "html"), ("realheldout13", "8c306b6991495e34", "docx"),
    ("realheldout13", "8c306b6991495e34", "pdf"), ("realheldout13", "8c306b6991495e34", "html"),
    ("realheldout13", "a5b95740527e665d", "docx"), ("realheldout13", "a5b95740527e665d", "pdf"),
    ("realheldout13", "a5b95740527e665d", "html"), ("realheldout13", "e83d7b60c0b1d639", "docx"),
    ("realheldout13", "e83d7b60c0b1d639", "pdf"), ("realheldout13", "e83d7b60c0b1d639", "html"),
    ("realheldout13", "ef57df9384270c6e", "docx"), ("realheldout13", "ef57df9384270c6e", "pdf"),
    ("realheldout13", "ef57df9384270c6e", "html"), ("realheldout13", "fcc6947614833898", "docx"),
    ("realheldout13", "fcc6947614833898", "pdf"), ("realheldout13", "fcc6947614833898", "html"),
    ("realheldout14", "06690fd4027d01c8", "docx"), ("realheldout14", "06690fd4027d01c8", "pdf"),
    ("realheldout14", "06690fd4027d01c8", "html"), ("realheldout14", "299dbc033cf2dcb6", "docx"),
    ("realheldout14", "299dbc033cf2dcb6", "pdf"), ("realheldout14", "299dbc033cf2dcb6", "html"),
    ("realheldout14", "2ff42266d5aa9fd1", "docx"), ("realheldout14", "2ff42266d5aa9fd1", "pdf"),
    ("realheldout14", "2ff42266d5aa9fd1", "html"), ("realheldout14", "329d9e978debfeec", "docx"),
    ("realheldout14", "329d9e978debfeec", "pdf"), ("realheldout14", "329d9e978debfeec", "html"),
    ("realheldout14", "9a885bb50365e6f1", "docx"), ("realheldout14", "9a885bb50365e6f1", "pdf"),
    ("realheldout14", "9a885bb50365e6f1", "html"), ("realheldout14", "c81379258ef3a44f", "docx"),
    ("realheldout14", "c81379258ef3a44f", "pdf"), ("realheldout14", "c81379258ef3a44f", "html"),
    ("realheldout14", "cb6eb2174499b5d1", "docx"), ("realheldout14", "cb6eb2174499b5d1", "pdf"),
    ("realheldout14", "cb6eb2174499b5d1", "html"), ("realheldout15", "1871c6bc374a0bc4", "docx"),
    ("realheldout15", "1871c6bc374a0bc4", "pdf"), ("realheldout15", "1871c6bc374a0bc4", "html"),
    ("realheldout15", "5d196a776ae817c7", "docx"), ("realheldout15", "5d196a776ae817c7", "pdf"),
    ("realheldout15", "5d196a776ae817c7", "html"), ("realheldout15", "80bb1f677e7d4d75", "docx"),
    ("realheldout15", "80bb1f677e7d4d75", "pdf"), ("realheldout15", "80bb1f677e7d4d75", "html"),
    ("realheldout15", "88be0fbbe795796d", "docx"), ("realheldout15", "88be0fbbe795796d", "pdf"),
    ("realheldout15", "88be0fbbe795796d", "html"), ("realheldout15", "bcb420579d35d2e9", "docx"),
    ("realheldout15", "bcb420579d35d2e9", "pdf"), ("realheldout15", "bcb420579d35d2e9", "html"),
    ("realheldout16", "14d45619867d65a2", "docx"), ("realheldout16", "14d45619867d65a2", "pdf"),
    ("realheldout16", "14d45619867d65a2", "html"), ("realheldout16", "28eca2b78641f2b0", "docx"),
    ("realheldout16", "28eca2b78641f2b0", "pdf"), ("realheldout16", "28eca2b78641f2b0", "html"),
    ("realheldout16", "631e2524192d7b61", "docx"), ("realheldout16", "631e2524192d7b61", "pdf"),
    ("realheldout16", "631e2524192d7b61", "html"), ("realheldout16", "b135fb7c2c27dd4b", "docx"),
    ("realheldout16", "b135fb7c2c27dd4b", "pdf"), ("realheldout16", "b135fb7c2c27dd4b", "html"),
    ("realheldout16", "d8df85cac631ac19", "docx"), ("realheldout16", "d8df85cac631ac19", "pdf"),
    ("realheldout16", "d8df85cac631ac19", "html"), ("realheldout16", "e1d32e33e6daa23a", "docx"),
    ("realheldout16", "e1d32e33e6daa23a", "pdf"), ("realheldout16", "e1d32e33e6daa23a", "html"),
    ("realheldout16", "e507ed3e72fc9f60", "docx"), ("realheldout16", "e507ed3e72fc9f60", "pdf"),
    ("realheldout16", "e507ed3e72fc9f60", "html"), ("realheldout17", "0f145efacbf006fc", "docx"),
    ("realheldout17", "0f145efacbf006fc", "pdf"), ("realheldout17", "0f145efacbf006fc", "html"),
    ("realheldout17", "266dbea1c7803ae9", "docx"), ("realheldout17", "266dbea1c7803ae9", "pdf"),
    ("realheldout17", "266dbea1c7803ae9", "html"), ("realheldout17", "8fe888e498bceabd", "docx"),
    ("realheldout17", "8fe888e498bceabd", "pdf"), ("realheldout17", "8fe888e498bceabd", "html"),
    ("realheldout17", "9a53c71ee9f5781f", "docx"), ("realheldout17", "9a53c71ee9f5781f", "pdf"),
    ("realheldout17", "9a53c71ee9f5781f", "html"), ("realheldout17", "b3bb1db5fda14e02", "docx"),
    ("realheldout17", "b3bb1db5fda14e02", "pdf"), ("realheldout17", "b3bb1db5fda14e02", "html"),
    ("realheldout17", "cf07a5ebd65d1318", "docx"), ("realheldout17", "cf07a5ebd65d1318", "pdf"),
    ("realheldout17", "cf07a5ebd65d1318", "html"), ("realheldout18", "46cf026ac548f4bd", "docx"),
    ("realheldout18", "46cf026ac548f4bd", "pdf"), ("realheldout18", "46cf026ac548f4bd", "html"),
    ("realheldout18", "6d0e277c7b88a914", "docx"), ("realheldout18", "6d0e277c7b88a914", "pdf"),
    ("realheldout18", "6d0e277c7b88a914", "html"), ("realheldout18", "875cbe611015707a", "docx"),
    ("realheldout18", "875cbe611015707a", "pdf"), ("realheldout18", "875cbe611015707a", "html"),
    ("realheldout18", "a032a58e6ab2f19d", "docx"), ("realheldout18", "a032a58e6ab2f19d", "pdf"),
    ("realheldout18", "a032a58e6ab2f19d", "html"), ("realheldout18", "ca72de8fb3033d5c", "docx"),
    ("realheldout18", "ca72de8fb3033d5c", "html"), ("realheldout18", "d5015b24faef2597", "docx"),
    ("realheldout18", "d5015b24faef2597", "html"), ("realheldout19", "31a15f59ab505674", "docx"),
    ("realheldout19", "31a15f59ab505674", "pdf"), ("realheldout19", "31a15f59ab505674", "html"),
    ("realheldout19", "97ae4fa01c536eb2", "docx"), ("realheldout19", "97ae4fa01c536eb2", "pdf"),
    ("realheldout19", "97ae4fa01c536eb2", "html"), ("realheldout19", "ad3df698d54f5b1d", "docx"),
    ("realheldout19", "ad3df698d54f5b1d", "html"), ("realheldout19", "e13c637d6d90ecc4", "docx"),
    ("realheldout19", "e13c637d6d90ecc4", "html"), ("realheldout19", "e7cd8d423108e103", "docx"),
    ("realheldout19", "e7cd8d423108e103", "pdf"), ("realheldout19", "e7cd8d423108e103", "html"),
    ("realheldout19", "ec312e33c3cb8de5", "docx"), ("realheldout19", "ec312e33c3cb8de5", "pdf"),
    ("realheldout19", "ec312e33c3cb8de5", "html"), ("realheldout20", "1796a553dfee88ef", "docx"),
    ("realheldout20", "1796a553dfee88ef", "html"), ("realheldout20", "514184bd8913458c", "docx"),
    ("realheldout20", "514184bd8913458c", "pdf"), ("realheldout20", "514184bd8913458c", "html"),
    ("realheldout20", "68c706de4d068f13", "docx"), ("realheldout20", "68c706de4d068f13", "pdf"),
    ("realheldout20", "68c706de4d068f13", "html"), ("realheldout20", "d6cbe14c6f6cf724", "docx"),
    ("realheldout20", "d6cbe14c6f6cf724", "pdf"), ("realheldout20", "d6cbe14c6f6cf724", "html"),
    ("realheldout20", "da8411114c03e36b", "docx"), ("realheldout20", "da8411114c03e36b", "pdf"),
    ("realheldout20", "da8411114c03e36b", "html"), ("realheldout20", "fcf5e41bf354281b", "docx"),
    ("realheldout20", "fcf5e41bf354281b", "pdf"), ("realheldout20", "fcf5e41bf354281b", "html"),
    ("realheldout21", "55f3a3d0d7e08b45", "docx"), ("realheldout21", "55f3a3d0d7e08b45", "html"),
    ("realheldout21", "5b23fa267ca390f9", "docx"), ("realheldout21", "5b23fa267ca390f9", "html"),
    ("realheldout21", "919fbc8391baa810", "docx"), ("realheldout21", "919fbc8391baa810", "html"),
    ("realheldout21", "aab8ca5824139565", "docx"), ("realheldout21", "aab8ca5824139565", "pdf"),
    ("realheldout21", "aab8ca5824139565", "html"), ("realheldout21", "ee18506c3853f01d", "docx"),
    ("realheldout21", "ee18506c3853f01d", "pdf"), ("realheldout21", "ee18506c3853f01d", "html"),
    ("realheldout22", "005d8820eb95c1cb", "docx"), ("realheldout22", "005d8820eb95c1cb", "pdf"),
    ("realheldout22", "005d8820eb95c1cb", "html"), ("realheldout22", "4768df91f00a5ddd", "docx"),
    ("realheldout22", "4768df91f00a5ddd", "pdf"), ("realheldout22", "4768df91f00a5ddd", "html"),
    ("realheldout22", "52932ba8546afb5f", "docx"), ("realheldout22", "52932ba8546afb5f", "pdf"),
    ("realheldout22", "52932ba8546afb5f", "html"), ("realheldout22", "6db5764f41d7bc3a", "docx"),
    ("realheldout22", "6db5764f41d7bc3a", "html"), ("realheldout22", "9e001697662f9728", "docx"),
    ("realheldout22", "9e001697662f9728", "pdf"), ("realheldout22", "9e001697662f9728", "html"),
    ("realheldout22", "cd5874640909d75c", "docx"), ("realheldout22", "cd5874640909d75c", "html"),
    ("realheldout23", "386a3bae0faac998", "docx"), ("realheldout23", "386a3bae0faac998", "pdf"),
    ("realheldout23", "386a3bae0faac998", "html"), ("realheldout23", "39db3d8c3cc4571d", "docx"),
    ("realheldout23", "39db3d8c3cc4571d", "pdf"), ("realheldout23", "39db3d8c3cc4571d", "html"),
    ("realheldout23", "92582856e1434cfb", "docx"), ("realheldout23", "92582856e1434cfb", "pdf"),
    ("realheldout23", "92582856e1434cfb", "html"), ("realheldout23", "9c31035f914c937e", "docx"),
    ("realheldout23", "9c31035f914c937e", "pdf"), ("realheldout23", "9c31035f914c937e", "html"),
    ("realheldout23", "adc1d34379e9829f", "docx"), ("realheldout23", "adc1d34379e9829f", "pdf"),
    ("realheldout23", "adc1d34379e9829f", "html"), ("realheldout23", "f08cdc4c1a96afa2", "docx"),
    ("realheldout23", "f08cdc4c1a96afa2", "pdf"), ("realheldout23", "f08cdc4c1a96afa2", "html"),
    ("realheldout23", "f74ec909344a3ab3", "docx"), ("realheldout23", "f74ec909344a3ab3", "pdf"),
    ("realheldout23", "f74ec909344a3ab3", "html"), ("realheldout24", "66c4469d61836680", "docx"),
    ("realheldout24", "66c4469d61836680", "pdf"), ("realheldout24", "66c4469d61836680", "html"),
    ("realheldout24", "8d83af6d1d146972", "docx"), ("realheldout24", "8d83af6d1d146972", "pdf"),
    ("realheldout24", "8d83af6d1d146972", "html"), ("realheldout24", "b7a1f12e746ba1bb", "docx"),
    ("realheldout24", "b7a1f12e746ba1bb", "pdf"), ("realheldout24", "b7a1f12e746ba1bb", "html"),
    ("realheldout24", "fe1e8de161e04a1e", "docx"), ("realheldout24", "fe1e8de161e04a1e", "pdf"),
    ("realheldout24", "fe1e8de161e04a1e", "html")}


@pytest.mark.parametrize("fmt", ["docx", "pdf", "html"])
@pytest.mark.parametrize("gold_set, name", DOCUMENTS)
def test_office_copy_of_a_real_document_meets_the_bars(gold_set, name, fmt, tmp_path):
    if fmt == "pdf" and not WRITER.FONT.exists():
        pytest.skip("DejaVuSans.ttf is needed to write a Vietnamese PDF")
    write = {"docx": WRITER.write_docx, "pdf": WRITER.write_pdf, "html": WRITER.write_html}[fmt]
    copy = write(_source(name), tmp_path)
    below = figures_below_bars(FIXTURES / gold_set, name, copy)
    if (gold_set, name, fmt) in PASSING_FORMATS:
        assert not below, f"{name}.{fmt} below bars: {below}"


# A portal page of our own words, as the pages in shared/robust lay a document out: the portal's table of
# particulars before it, its header block and a task table flattened to runs of lines between bars,
# emphasis across line breaks, no blank lines, the portal's own heading and links after it.
PORTAL_PAGE = """|
**Số hiệu:**
|
12/KH-UBND
|
|
**ỦY BAN NHÂN DÂN**
TỈNH AN BÌNH
-------
|
**CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
|
|
Số: 12/KH-UBND
|
*An Bình, ngày 2
tháng 3 năm 2026*
|
**KẾ HOẠCH**
PHÁT TRIỂN
THƯ VIỆN SỐ
**1.****
**Sở Văn hóa chủ trì số hóa
tài liệu cổ.
|
**TT**
|
**Nội dung**
|
**Chủ trì**
|
|
**I**
|
**NHÓM MỘT**
|
|
1
|
Số hóa
tài liệu
|
Sở Văn hóa
|
## Văn bản liên quan
Tải về
"""


def test_the_converter_keeps_the_document_and_its_structure(tmp_path):
    page = tmp_path / "trang.md"
    page.write_text(PORTAL_PAGE, encoding="utf-8")
    header, title, subject, item, tasks = WRITER.read_page(page)
    assert header.texts() == [["ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\n-------",
                               "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"],
                              ["Số: 12/KH-UBND", "An Bình, ngày 2 tháng 3 năm 2026"]]
    assert (title.runs, subject.text) == ([("KẾ HOẠCH", True, False)], "PHÁT TRIỂN THƯ VIỆN SỐ")
    assert item.runs == [("1. ", True, False), ("Sở Văn hóa chủ trì số hóa tài liệu cổ.", False, False)]
    assert tasks.texts() == [["TT", "Nội dung", "Chủ trì"], ["I", "NHÓM MỘT"], ["1", "Số hóa tài liệu", "Sở Văn hóa"]]

    lines = read_file(WRITER.write_docx(page, tmp_path)).text.splitlines()
    assert lines[0].startswith("| ỦY BAN NHÂN DÂN TỈNH AN BÌNH") and "| I | NHÓM MỘT |" in lines  # merged across
    assert not any("Số hiệu" in line or "Tải về" in line for line in lines)


def test_the_converter_keeps_a_document_whose_header_row_runs_together(tmp_path):
    """ "BỘ X------- | CỘNG HÒA … Hạnh phúc--- |" / "Số: … |" / "|" and then the text: the document starts at the motto's
    line, and the lone bar closing that row opens no table that would swallow the text up to the next bar."""
    page = tmp_path / "trang.md"
    page.write_text("BỘ AN BÌNH------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc--------------- |\n"
                    "Số: 12/2026/TT-BAB |\n|\n\n**THÔNG TƯ**\n\n**Điều 1. Phạm vi điều chỉnh**\n\n"
                    "Thông tư này quy định việc số hóa tài liệu.\n\n" + "Tài liệu được số hóa theo danh mục.\n\n" * 60
                    + "|\n**Mẫu số 01**\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n|\n|\n",
                    encoding="utf-8")
    texts = [block.text for block in WRITER.read_page(page) if isinstance(block, WRITER.Paragraph)]
    assert texts[0].startswith("BỘ AN BÌNH") and "Thông tư này quy định việc số hóa tài liệu." in texts
