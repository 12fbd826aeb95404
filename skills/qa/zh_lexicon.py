"""A Chinese -> English lexicon of shop words, for Chinese chat about an English-titled catalog.

Viewers write "猫薄荷鱼玩具多少钱" about a listing called "Catnip Kicker Fish". The segmenter
(``skills.qa.zh_segment``) cuts the Chinese run into words of this lexicon (猫薄荷 + 鱼 + 玩具) and
the matcher looks the English glosses up in the catalog like English words ("catnip fish toy").

Entries are written per kind of shop (apparel, shoes, bags, jewellery, beauty, food and drink,
kitchen and home, electronics, toys and baby, pets, sports and outdoor, stationery, tools ...), plus
materials, colour shades and the descriptive words listings use (waterproof, wireless, foldable).
A gloss is English in listing word order (modifier first, head noun last). ``a|b`` gives the head
noun's other spellings ("water fountain|dispenser"): the matcher tries each, the English view shows
the first. Question words, units (克, 米, 升) and attribute nouns (材质, 容量) are deliberately absent:
the intent and option readers work on the Chinese itself.
"""

from __future__ import annotations

# one "zh=gloss" per entry, ";" or a new line between entries; grouped by kind of shop
_ENTRIES = """
# apparel
衣服=clothes|clothing; 服装=clothing|apparel; 上衣=top|shirt; 衬衣=shirt; 衬衫=shirt; 长袖=long sleeve; 短袖=short sleeve|tee
无袖=sleeveless; T恤衫=tee|tshirt; 打底衫=base layer|top; 羊毛衫=wool sweater; 针织衫=knit sweater|cardigan; 开衫=cardigan
马甲=vest|gilet; 背心=tank|vest; 吊带=camisole|cami; 卫裤=sweatpant|jogger; 运动服=sportswear; 套装=set
西装=suit|blazer; 西服=suit; 外衣=jacket|coat; 羽绒服=down jacket|puffer; 棉服=padded jacket; 皮衣=leather jacket
牛仔外套=denim jacket; 牛仔=denim; 雨衣=raincoat; 睡衣=pajama|pyjama; 家居服=loungewear; 浴袍=bathrobe|robe; 内裤=underwear|brief
泳衣=swimsuit|swimwear; 泳裤=swim trunk; 比基尼=bikini; 半身裙=skirt; 短裙=skirt; 长裙=maxi dress|skirt; 礼服=gown|dress
阔腿裤=wide leg pant; 工装裤=cargo pant; 休闲裤=casual pant|chino; 西裤=trouser; 瑜伽裤=yoga pant|legging; 骑行服=cycling jersey
领带=tie; 围巾=scarf; 披肩=shawl|wrap; 腰带=belt; 皮带=belt; 袖扣=cufflink; 发带=headband; 头巾=bandana|headscarf
帽=hat|cap; 棒球帽=baseball cap; 渔夫帽=bucket hat; 毛线帽=beanie; 遮阳帽=sun hat; 口罩=face mask; 耳罩=earmuff
连帽=hooded; 连帽卫衣=hoodie; 连帽外套=hooded jacket|jacket; 运动水壶=water bottle; 运动水杯=water bottle; 圆领=crew neck; V领=v neck; 高领=turtleneck; 立领=stand collar; 修身款=slim fit; 宽松款=relaxed fit|oversized
降落伞=parachute; 半拉链=half zip|quarter zip; 全拉链=full zip; 抽绳=drawstring; 插肩=raglan; 短款=cropped|crop; 露脐=crop
阔腿=wide leg; 直筒=straight leg|straight; 喇叭裤=flare pant|flare; 工装=cargo|utility; 防晒服=sun protection jacket|jacket; 冲锋=shell
男士=men; 男款=men; 男装=men; 女士=women; 女款=women; 女装=women; 童装=kids; 儿童=kid|child; 宝宝=baby; 婴儿=baby|infant
# shoes
鞋=shoe; 跑鞋=running shoe; 跑步鞋=running shoe; 篮球鞋=basketball shoe; 板鞋=skate shoe|sneaker; 帆布鞋=canvas shoe|sneaker
高跟鞋=heel|pump; 平底鞋=flat; 凉鞋=sandal; 拖鞋=slipper|slide; 人字拖=flip flop; 靴子=boot; 靴=boot; 短靴=ankle boot
雪地靴=snow boot; 马丁靴=combat boot|boot; 登山鞋=hiking shoe|boot; 徒步鞋=hiking shoe; 皮鞋=leather shoe|oxford
乐福鞋=loafer; 洞洞鞋=clog; 鞋垫=insole; 鞋带=lace|shoelace; 袜=sock; 船袜=no show sock; 长筒袜=knee sock; 丝袜=tights
# bags and travel
包=bag; 钱包=wallet; 卡包=card holder; 零钱包=coin purse; 手拿包=clutch; 腰包=belt bag|fanny pack; 胸包=sling bag|chest bag
单肩包=shoulder bag; 旅行包=travel bag|duffle; 行李包=duffle bag|luggage; 健身包=gym bag|duffle; 行李箱=suitcase|luggage
拉杆箱=suitcase; 登机箱=carry-on suitcase|suitcase; 书包=school bag|backpack; 电脑包=laptop bag|sleeve; 相机包=camera bag
化妆包=makeup bag|cosmetic bag; 洗漱包=toiletry bag; 收纳包=pouch|organizer; 购物袋=shopping bag|tote; 帆布包=canvas tote|bag
# jewellery and accessories
首饰=jewelry|jewellery; 饰品=accessory|jewelry; 项链=necklace; 吊坠=pendant; 手链=bracelet; 手镯=bangle|bracelet; 戒指=ring
耳环=earring; 耳钉=stud earring; 耳夹=ear clip|earring; 胸针=brooch|pin; 发夹=hair clip; 发圈=scrunchie|hair tie; 发箍=headband
钥匙扣=keychain; 钥匙链=keychain; 手表带=watch strap|band|loop; 表带=watch strap|band|loop; 太阳镜=sunglass; 眼镜框=glasses frame
珍珠=pearl; 钻石=diamond; 水晶=crystal; 翡翠=jade; 玉=jade; 黄金=gold; 金=gold; 金的=gold; K金=gold; 银的=silver; 纯银=sterling silver; 银=silver; 镀金=gold plated
玫瑰金=rose gold; 不锈钢=stainless steel; 钛钢=titanium steel; 钛=titanium
# beauty, skincare, hair
护肤品=skincare; 化妆品=makeup|cosmetics; 彩妆=makeup; 精华露=serum; 精华油=face oil|oil; 面油=face oil; 喷雾=mist|spray
保湿=moisturizing|hydrating; 补水=hydrating; 美白=brightening; 抗老=anti aging; 抗衰老=anti aging; 祛痘=acne; 痘痘=acne
去角质=exfoliating|exfoliant; 磨砂膏=scrub; 香皂=soap; 肥皂=soap; 洗手液=hand soap; 牙膏=toothpaste; 牙刷=toothbrush
电动牙刷=electric toothbrush; 漱口水=mouthwash; 剃须刀=razor|shaver; 除毛=hair removal; 指甲油=nail polish; 美甲=nail
化妆刷=makeup brush; 粉扑=puff|sponge; 美妆蛋=beauty sponge; 定妆喷雾=setting spray; 高光=highlighter; 修容=contour|bronzer
隔离霜=primer; 妆前乳=primer; 卸妆水=micellar water; 发膜=hair mask; 护发油=hair oil; 发蜡=hair wax|pomade; 发胶=hairspray
吹风机=hair dryer; 卷发棒=curling iron|curler; 直发器=straightener|flat iron; 梳子=comb|brush; 香氛=fragrance|scent
淡香水=eau de toilette; 香薰=diffuser|aroma; 精油=essential oil; 护唇=lip care; 唇膜=lip mask; 眼膜=eye patch|eye mask
面部=face|facial; 脸部=face|facial; 身体=body; 头发=hair; 手部=hand; 足部=foot; 男士护肤=men skincare
精华=serum|essence; 面霜=cream|moisturizer; 保湿霜=moisturizer|cream; 乳霜=cream; 晚霜=night cream; 日霜=day cream
身体乳=body lotion|butter|cream; 身体霜=body cream|butter; 精华水=essence|toner; 安瓶=ampoule; 洁面仪=cleansing brush|device
洗脸仪=cleansing brush|device; 美容仪=beauty device|device; 玉石=jade; 滚轮=roller; 玉石滚轮=jade roller; 刮痧板=gua sha
护发=hair care; 护发精油=hair oil; 积雪草=cica|centella; 蜗牛=snail; 神经酰胺=ceramide; 多肽=peptide; 胜肽=peptide; 肽=peptide
水杨酸=salicylic acid; 果酸=aha; 角鲨烷=squalane; 乳木果=shea; 摩洛哥坚果油=argan oil; 阿甘油=argan oil; 芦荟=aloe; 茶树=tea tree
玫瑰果油=rosehip oil; 椰子油=coconut oil; 防晒指数=spf; 哑光=matte; 水润=dewy; 清爽=lightweight|fresh; 持久=long lasting
# food and drink
黑巧克力=dark chocolate; 黑巧=dark chocolate; 白巧克力=white chocolate; 牛奶巧克力=milk chocolate; 生蜂蜜=raw honey; 生的=raw
零食=snack|treat; 小吃=snack; 饼干=cookie|biscuit; 曲奇=cookie; 薯片=chip|crisp; 糖果=candy|sweet; 软糖=gummy|gummies
果冻=jelly; 巧克力棒=chocolate bar; 坚果=nut; 杏仁=almond; 核桃=walnut; 腰果=cashew; 花生=peanut; 开心果=pistachio
果干=dried fruit; 葡萄干=raisin; 蔓越莓=cranberry; 蓝莓=blueberry; 草莓=strawberry; 苹果=apple|iphone; 香蕉=banana; 芒果=mango
橙子=orange; 葡萄=grape; 西瓜=watermelon; 樱桃=cherry; 菠萝=pineapple; 椰=coconut; 水果=fruit; 蔬菜=vegetable; 牛奶=milk
奶=milk; 酸奶=yogurt; 奶酪=cheese; 芝士=cheese; 黄油=butter; 鸡蛋=egg; 面包=bread; 蛋糕=cake; 面条=noodle; 意面=pasta
大米=rice; 米饭=rice; 燕麦片=oatmeal|oats; 麦片=cereal|granola; 谷物=grain|cereal; 面粉=flour; 酱=sauce; 辣酱=hot sauce|chili sauce
酱油=soy sauce; 醋=vinegar; 橄榄油=olive oil; 食用油=cooking oil; 油=oil; 盐=salt; 海盐=sea salt; 糖=sugar; 红糖=brown sugar
香料=spice; 调料=seasoning|spice; 咖喱=curry; 孜然=cumin; 八角=star anise; 花椒=sichuan pepper; 辣椒=chili|chilli; 大蒜=garlic
洋葱=onion; 罗勒=basil; 牛至=oregano; 迷迭香=rosemary; 百里香=thyme; 薄荷=mint|peppermint; 柠檬草=lemongrass; 抹茶粉=matcha
果汁=juice; 饮料=drink|beverage; 汽水=soda; 气泡水=sparkling water; 矿泉水=mineral water|water; 能量饮料=energy drink
蛋白粉=protein powder; 乳清蛋白=whey protein; 维生素=vitamin; 保健品=supplement; 益生菌=probiotic; 胶原蛋白=collagen
酒=wine|liquor; 葡萄酒=wine; 红酒=red wine; 白葡萄酒=white wine; 啤酒=beer; 威士忌=whisky|whiskey; 清酒=sake
肉=meat; 牛肉=beef; 猪肉=pork; 羊肉=lamb|mutton; 鸡肉=chicken; 鸡=chicken; 鸭肉=duck; 鸭=duck; 火鸡=turkey; 鱼肉=fish
三文鱼=salmon; 鲑鱼=salmon; 金枪鱼=tuna; 吞拿鱼=tuna; 鳕鱼=cod; 虾=shrimp|prawn; 牛肉干=beef jerky; 肉干=jerky; 香肠=sausage
冻干=freeze dried; 脱水=dehydrated; 烘干=dried; 风干=air dried; 低糖=low sugar; 无糖=sugar free; 低脂=low fat; 高蛋白=high protein
谷物饲料=grain; 无谷=grain free; 无谷物=grain free; 天然=natural; 手工=handmade; 进口=imported; 速溶=instant; 原味=original|plain
# ground things: 粉 after a food word is a powder or a grind, never the colour pink
法压粉=french press; 手冲粉=filter; 意式粉=espresso; 浓缩粉=espresso; 研磨粉=ground; 粗粉=coarse; 细粉=fine; 奶粉=milk powder
粉饼=pressed powder|powder; 可可粉=cocoa powder|cocoa; 咖喱粉=curry powder|curry; 肉桂粉=cinnamon; 姜粉=ginger; 蒜粉=garlic powder|garlic
白酒=liquor|baijiu; 黑咖啡=black coffee|coffee
# kitchen and dining
洗碗机=dishwasher; 辅食=baby food; 苹果手机=iphone; 木头=wood|wooden; 木制=wooden|wood; 实木的=solid wood|wood
厨具=cookware|kitchenware; 炒锅=wok; 平底锅=frying pan|skillet; 煎锅=frying pan|skillet; 汤锅=pot|stockpot; 奶锅=saucepan
蒸锅=steamer; 高压锅=pressure cooker; 电饭煲=rice cooker; 空气炸锅=air fryer; 烤箱=oven; 微波炉=microwave; 榨汁机=juicer|blender
破壁机=blender; 搅拌机=blender|mixer; 料理机=food processor|blender; 咖啡杯=coffee cup|mug; 保温杯=insulated bottle|tumbler|thermos
保温瓶=thermos|flask; 水瓶=bottle; 随行杯=tumbler|travel mug; 吸管=straw; 碗=bowl; 盘子=plate|dish; 盘=plate|dish; 碟子=saucer|plate
餐具=cutlery|tableware; 筷子=chopstick; 勺子=spoon; 勺=spoon; 叉子=fork; 餐刀=knife; 菜刀=chef knife|knife; 刀具=knife; 刀架=knife block
菜板=cutting board; 铲子=spatula; 锅铲=spatula|turner; 夹子=tong|clip; 打蛋器=whisk; 量杯=measuring cup; 量勺=measuring spoon
烤盘=baking tray|baking sheet; 模具=mold|mould; 保鲜盒=food container|container; 饭盒=lunch box; 便当盒=bento box|lunch box
储物罐=jar|canister; 密封罐=jar|canister; 调料瓶=spice jar; 茶壶=teapot; 水壶=kettle|bottle; 壶=pot|kettle; 咖啡壶=coffee pot|carafe
围裙=apron; 隔热手套=oven mitt; 餐垫=placemat; 桌布=tablecloth; 杯垫=coaster; 开瓶器=bottle opener|opener; 冰格=ice tray
# home, bedding, furniture, cleaning
家居=home; 双人=two person|double; 单人=single|one person; 双人床=double bed|double; 单人床=single bed|single; 特大号=king|extra large; 床上用品=bedding; 床单=sheet|bed sheet; 被套=duvet cover; 被子=duvet|comforter|quilt; 羽绒被=down duvet|comforter
枕套=pillowcase; 抱枕=cushion|throw pillow; 靠垫=cushion; 床垫=mattress; 凉席=mat; 毛毯=blanket|throw; 浴巾=bath towel|towel
地毯=rug|carpet; 地垫=mat|rug; 门垫=doormat; 窗帘=curtain; 灯=lamp|light; 台灯=table lamp|lamp; 落地灯=floor lamp; 夜灯=night light
灯泡=bulb; 灯串=string light|fairy light; 香薰蜡烛=scented candle|candle; 花瓶=vase; 相框=photo frame|frame; 镜子=mirror; 挂钟=wall clock|clock
闹钟=alarm clock|clock; 时钟=clock; 收纳盒=storage box|organizer; 收纳=storage|organizer; 衣架=hanger; 挂钩=hook; 置物架=shelf|rack
书架=bookshelf|shelf; 鞋架=shoe rack; 椅子=chair; 凳子=stool; 沙发=sofa|couch; 桌子=table|desk; 书桌=desk; 餐桌=dining table|table
茶几=coffee table; 床=bed; 柜子=cabinet; 衣柜=wardrobe; 抽屉=drawer; 垃圾桶=trash can|bin; 洗衣液=laundry detergent|detergent
洗洁精=dish soap; 清洁剂=cleaner; 抹布=cloth|rag; 拖把=mop; 扫把=broom; 吸尘器=vacuum|vacuum cleaner; 扫地机器人=robot vacuum
加湿器=humidifier; 空气净化器=air purifier|purifier; 风扇=fan; 电风扇=fan; 暖风机=heater|space heater; 雨伞=umbrella; 伞=umbrella
植物=plant; 花盆=planter|pot; 绿植=plant; 鲜花=flower; 干花=dried flower; 种子=seed; 浇水壶=watering can; 园艺=garden|gardening
# electronics and phone accessories
电子产品=electronics; 手机壳=phone case|cover; 手机套=phone case; 保护壳=case|cover; 保护套=case|cover|sleeve; 手机膜=screen protector
钢化膜=screen protector|tempered glass; 贴膜=screen protector; 充电宝=power bank; 移动电源=power bank; 充电线=charging cable|cable
快充=fast charging; 无线充电器=wireless charger; 无线充=wireless charger; 充电头=charger|adapter; 适配器=adapter; 转换器=adapter|converter
插座=socket|outlet; 插头=plug; 排插=power strip; 延长线=extension cord; 电池=battery; 蓝牙=bluetooth; 无线=wireless; 有线=wired
耳机=headphones|earbud|earphone|headset; 无线耳机=wireless earbuds|headphone|earphone; 耳塞=earbud|earplug; 蓝牙耳机=bluetooth earbuds|earbud|headphone; 头戴式耳机=headphone|headset; 降噪=noise cancelling; 麦克风=microphone|mic
话筒=microphone|mic; 音响=speaker; 蓝牙音箱=bluetooth speaker|speaker; 摄像头=camera|webcam; 相机=camera; 监控=security camera|camera
镜头=lens; 三脚架=tripod; 自拍杆=selfie stick; 补光灯=ring light|light; 手柄=controller|gamepad; 游戏机=console; 游戏=game
电脑=computer|laptop; 笔记本电脑=laptop; 平板=tablet; 平板电脑=tablet; 显示器=monitor; 屏幕=screen|display; 鼠标垫=mouse pad
支架=stand|holder|mount; 手机支架=phone stand|phone holder; 车载支架=car mount; 数据线=cable; 读卡器=card reader; 存储卡=memory card
内存卡=memory card; U盘=usb drive|flash drive; 硬盘=hard drive|drive; 路由器=router; 智能手表=smart watch|smartwatch; 手环=fitness tracker|tracker
智能=smart; 投影仪=projector; 电子书=ereader|kindle; 计算器=calculator; 遥控器=remote; 遥控=remote control; 机器人=robot
# toys, baby, kids
玩具=toy; 毛绒玩具=plush toy|plush|stuffed animal; 公仔=plush|figure; 娃娃=doll; 玩偶=doll|plush; 积木=blocks|block|brick
拼图=puzzle|jigsaw; 益智=educational; 模型=model; 遥控车=rc car|remote control car; 玩具车=toy car; 球类=ball; 气球=balloon
桌游=board game; 卡牌=card game|card; 画笔=paint brush|brush; 蜡笔=crayon; 彩笔=marker|colored pencil; 贴纸=sticker; 绘本=picture book
奶瓶=baby bottle|bottle; 奶嘴=pacifier|nipple; 尿布=diaper|nappy; 纸尿裤=diaper|nappy; 湿巾=wipe; 婴儿车=stroller|pram; 推车=stroller|cart
安全座椅=car seat; 围兜=bib; 口水巾=bib|burp cloth; 摇篮=cradle|bassinet; 睡袋=sleeping bag; 爬行垫=play mat; 牙胶=teether
# pets
鱼=fish; 杯=cup|mug; 瓶=bottle; 罐=jar|can|tin; 盒=box; 袋=bag|pouch; 箱=box|case; 球=ball; 垫=mat|pad|cushion; 绳=rope
宠物=pet; 洗澡=bath; 沐浴=bath; 外出=travel|outdoor; 外出包=pet carrier|carrier; 滤芯=filter|cartridge; 替换装=refill; 替换=replacement; 配件=accessory|part; 零件=part; 刷头=brush head|head; 盖子=lid|cover; 大型犬=large dog; 中型犬=medium dog; 小型犬=small dog; 大狗=large dog; 小狗狗=small dog; 猫=cat; 猫咪=cat; 小猫=kitten|cat; 猫猫=cat; 狗=dog; 狗狗=dog; 小狗=puppy|dog; 幼犬=puppy; 幼猫=kitten; 犬=dog
猫粮=cat food; 狗粮=dog food; 宠物粮=pet food; 粮=food; 主粮=food; 湿粮=wet food; 干粮=dry food|kibble; 罐头=can|canned food
猫罐头=wet cat food|cat food; 狗罐头=wet dog food|dog food; 宠物零食=pet treat|treat; 猫零食=cat treat; 狗零食=dog treat; 磨牙棒=chew stick|dental chew
洁齿=dental; 猫砂=cat litter|litter; 豆腐猫砂=tofu cat litter|tofu litter; 猫砂盆=litter box; 猫砂铲=litter scoop|scoop; 铲=scoop|shovel; 尿垫=pee pad|pad; 狗狗玩具=dog toy; 猫咪玩具=cat toy; 猫抓板=scratcher|scratching board
猫爬架=cat tree|cat tower; 猫窝=cat bed; 窝=bed; 机器=machine|device; 狗窝=dog bed; 宠物窝=pet bed; 宠物床=pet bed; 猫薄荷=catnip; 逗猫棒=cat wand|teaser wand|feather wand
羽毛=feather; 牵引绳=leash|lead; 狗绳=leash|dog leash; 伸缩=retractable; 胸背带=harness; 背带=harness|strap; 项圈=collar
饮水机=water fountain|dispenser; 喂食器=feeder; 自动喂食器=automatic feeder; 食盆=bowl|food bowl; 水盆=water bowl; 宠物碗=pet bowl|bowl
宠物包=pet carrier|carrier; 航空箱=pet carrier|crate; 笼子=cage|crate; 狗笼=crate|dog crate; 鸟笼=bird cage; 鱼缸=aquarium|fish tank
拾便袋=poop bag|waste bag; 捡屎袋=poop bag; 拾便器=pooper scooper; 梳毛=grooming; 梳毛刷=grooming brush|deshedding brush; 去浮毛=deshedding
宠物香波=pet shampoo; 香波=shampoo; 沐浴液=shampoo|body wash; 指甲剪=nail clipper; 驱虫=flea tick|dewormer; 牵引=leash; 拔河=tug; 绳子=rope
反光=reflective; 骨头=bone; 鸟=bird; 兔子=rabbit; 仓鼠=hamster; 鹦鹉=parrot
# sports, fitness, outdoor
运动=sport; 健身器材=fitness equipment; 哑铃=dumbbell; 杠铃=barbell; 壶铃=kettlebell; 弹力绳=resistance band|band; 拉力带=resistance band
泡沫轴=foam roller; 瑜伽砖=yoga brick|block; 瑜伽带=yoga strap; 瑜伽球=yoga ball; 砖=brick|block; 压缩=compression; 紧身=compression|tight; 高腰=high waist; 无缝=seamless; 筋膜枪=massage gun; 按摩=massage; 护膝=knee sleeve|knee pad; 护腕=wrist wrap|wrist support; 护具=protector|pad
头盔=helmet; 自行车=bike|bicycle; 单车=bike|bicycle; 滑板=skateboard; 轮滑鞋=roller skate; 球拍=racket|racquet; 网球=tennis
羽毛球=badminton; 乒乓球=ping pong|table tennis; 篮球=basketball; 足球=soccer|football; 排球=volleyball; 高尔夫=golf; 游泳=swim
泳镜=goggle|swim goggle; 泳帽=swim cap; 登山=hiking|climbing; 露营=camping|camp; 帐篷=tent; 睡垫=sleeping pad; 户外=outdoor
登山杖=trekking pole; 头灯=headlamp; 手电筒=flashlight|torch; 水袋=hydration bladder|water bag; 冰袋=ice pack; 钓鱼=fishing; 鱼竿=fishing rod
# stationery and office
文具=stationery; 笔=pen; 钢笔=fountain pen|pen; 圆珠笔=ballpoint pen|pen; 中性笔=gel pen|pen; 铅笔=pencil; 记号笔=marker
荧光笔=highlighter; 笔记本=notebook; 本子=notebook; 日记本=journal|diary; 手账=planner|journal; 便签=sticky note|note; 文件夹=folder
笔袋=pencil case; 笔筒=pen holder; 橡皮=eraser; 尺子=ruler; 胶带=tape; 和纸胶带=washi tape; 剪刀=scissors; 订书机=stapler
信封=envelope; 明信片=postcard; 贺卡=greeting card|card; 日历=calendar; 书=book; 书签=bookmark; 画册=sketchbook; 颜料=paint
# tools, car, health
工具=tool; 工具箱=toolbox|tool kit; 螺丝刀=screwdriver; 扳手=wrench; 锤子=hammer; 电钻=drill; 卷尺=tape measure; 胶水=glue
车载=car; 汽车=car; 车=car; 行车记录仪=dash cam; 车载充电器=car charger; 体温计=thermometer; 血压计=blood pressure monitor
体重秤=scale|bathroom scale; 秤=scale; 急救包=first aid kit; 创可贴=bandage|band aid; 眼罩=eye mask|sleep mask; 耳机套=ear cushion
# materials and make
纯棉=cotton; 棉=cotton; 全棉=cotton; 亚麻=linen; 麻=linen|hemp; 真丝=silk; 丝绸=silk; 羊毛=wool; 羊绒=cashmere; 美利奴=merino
涤纶=polyester; 聚酯纤维=polyester; 尼龙=nylon; 氨纶=spandex|elastane; 莫代尔=modal; 天丝=tencel|lyocell; 竹纤维=bamboo
抓绒=fleece; 摇粒绒=fleece; 灯芯绒=corduroy; 帆布=canvas; 皮革=leather; 真皮=leather; 牛皮=leather|cowhide; 人造革=faux leather
仿皮=faux leather; 麂皮=suede; 绒面=suede; 羽绒=down; 硅胶=silicone; 橡胶=rubber; 塑料=plastic; 玻璃=glass; 陶瓷=ceramic
木=wood|wooden; 木质=wooden|wood; 实木=solid wood|wood; 竹=bamboo; 竹子=bamboo; 金属=metal; 铝=aluminum|aluminium; 铁=iron
铸铁=cast iron; 铜=copper|brass; 黄铜=brass; 钢=steel; 碳纤维=carbon fiber; 大理石=marble; 石=stone; 纸=paper; 针织=knit|knitted
编织=woven|braided; 记忆棉=memory foam; 海绵=foam|sponge; 乳胶=latex; 豆腐=tofu; 燕麦=oatmeal|oat
# colours and shades beyond the basic ones
浅蓝=light blue; 天蓝=sky blue; 深蓝=dark blue|navy; 宝蓝=royal blue; 湖蓝=teal; 蓝绿=teal; 青色=teal|cyan; 墨绿=forest green|dark green
军绿=olive|army green; 浅绿=light green|mint; 薄荷绿=mint; 酒红=burgundy|wine; 枣红=maroon; 玫红=magenta|fuchsia; 大红=red
浅粉=light pink|blush; 裸色=nude; 肤色=nude; 杏色=apricot|beige; 奶白=cream|ivory; 米白=off white|cream; 象牙白=ivory
炭灰=charcoal; 深灰=dark gray|charcoal; 浅灰=light gray; 银灰=silver; 香槟=champagne; 驼色=camel; 焦糖色=caramel|tan
咖色=brown; 卡其色=khaki; 姜黄=mustard; 柠檬黄=lemon yellow|yellow; 荧光=neon; 彩色=multicolor; 透明=clear|transparent
# what listings say about a product
防水=waterproof; 保温=insulated|thermal; 加长=long|extended; 加长款=long; 加宽=wide; 雨靴=rain boots|boot; 雨鞋=rain boots|boot; 防风=windproof; 防滑=non slip|anti slip; 防晒衣=sun protection jacket; 速干=quick dry; 透气=breathable
保暖=warm|thermal; 加厚=thick|thickened; 轻薄=lightweight; 轻便=lightweight|portable; 便携=portable; 便携式=portable; 折叠=foldable|folding
可折叠=foldable; 可调节=adjustable; 调节=adjustable; 自动=automatic; 电动=electric; 手动=manual; 充电=rechargeable|charging
可充电=rechargeable; 静音=silent|quiet; 迷你=mini; 大号=large; 中号=medium; 小号=small; 加大=large|plus; 超大=oversized|extra large
大容量=large capacity; 双层=double wall|double layer; 不粘=nonstick|non stick; 一次性=disposable; 可重复使用=reusable; 环保=eco
骨科=orthopedic; 护脊=orthopedic; 可水洗=washable; 可拆洗=removable cover|washable; 防臭=odor control|odour; 除臭=odor control|deodorizing
无味=unscented|odorless; 香型=scent; 经典=classic; 复古=vintage|retro; 简约=minimalist|simple; 豪华=deluxe|luxury; 专业=professional|pro
高清=hd; 高颜值=stylish; 颜值高=stylish; 超薄=ultra thin; 爆款=bestseller; 网红=trending; 热销=bestseller; 可爱=cute; 漂亮=pretty; 耐用=durable; 结实=sturdy; 枕头套=pillowcase|pillow cover; 智能款=smart; 套=set|kit; 礼品=gift; 礼物=gift; 节日=holiday; 圣诞=christmas; 限量=limited edition; 新款=new
# music, hobbies, party, crafts
乐器=instrument; 吉他=guitar; 尤克里里=ukulele; 钢琴=piano; 电子琴=keyboard; 小提琴=violin; 鼓=drum; 口琴=harmonica; 琴弦=string
拨片=pick; 调音器=tuner; 耳返=in ear monitor; 声卡=audio interface|sound card; 毛线=yarn; 钩针=crochet hook; 棒针=knitting needle
十字绣=cross stitch; 刺绣=embroidery; 布料=fabric; 纽扣=button; 拉链头=zipper pull; 缝纫机=sewing machine; 针线=sewing kit
派对=party; 生日=birthday; 蛋糕装饰=cake topper; 彩带=streamer|ribbon; 丝带=ribbon; 包装纸=wrapping paper; 礼品袋=gift bag
拼豆=fuse beads|beads; 串珠=beads; 黏土=clay; 油画=oil painting; 水彩=watercolor|watercolour; 马克笔=marker; 素描本=sketchbook
# more home, appliances and tools
电热毯=electric blanket; 电暖器=heater; 取暖器=heater; 除湿机=dehumidifier; 空调=air conditioner; 冰箱=fridge|refrigerator
洗衣机=washing machine; 烘干机=dryer; 熨斗=iron; 挂烫机=garment steamer|steamer; 电熨斗=iron; 咖啡壶=coffee pot|carafe
烤面包机=toaster; 多士炉=toaster; 电磁炉=induction cooker|hob; 净水器=water filter|purifier; 滤水壶=filter jug|water filter
保鲜膜=cling film|wrap; 锡纸=foil|aluminum foil; 垃圾袋=trash bag|bin bag; 纸巾=tissue; 卷纸=toilet paper|toilet roll; 湿纸巾=wet wipe|wipe
香薰机=diffuser; 加湿=humidifying; 蚊香=mosquito coil; 驱蚊=mosquito repellent; 电蚊拍=bug zapper; 晾衣架=drying rack
浴帘=shower curtain; 花洒=shower head; 马桶刷=toilet brush; 皂盒=soap dish; 牙刷架=toothbrush holder; 毛巾架=towel rack
螺丝=screw; 钉子=nail; 胶枪=glue gun; 梯子=ladder; 手套=glove; 口罩=mask; 护目镜=goggles|safety glasses; 手电=flashlight|torch
# more clothing, shoes and accessories
运动文胸=sports bra; 打底=base layer; 保暖内衣=thermal underwear|base layer; 秋衣=thermal top; 秋裤=thermal pant|long johns
紧身衣=bodysuit|leotard; 连体衣=jumpsuit|romper; 背带裤=overalls|dungarees; 羽绒背心=down vest|vest; 冲锋裤=shell pant|rain pant
雪地裤=snow pant|ski pant; 滑雪服=ski jacket; 滑雪=ski; 滑雪板=snowboard|ski; 雪板=snowboard; 护目=goggle; 面罩=balaclava|face mask
袜套=sock; 中筒袜=crew sock; 运动袜=sports sock|athletic sock; 压缩袜=compression sock; 手提袋=tote|tote bag; 斜挎=crossbody
皮夹=wallet; 证件套=card holder|passport holder; 护照夹=passport holder; 钥匙包=key pouch|key holder; 雨披=poncho
# more food and drink
速溶咖啡=instant coffee; 挂耳咖啡=drip coffee; 咖啡胶囊=coffee capsule|capsule; 胶囊=capsule; 茶饮=tea drink
奶茶=milk tea; 柠檬茶=lemon tea; 蜂蜜柚子茶=honey citron tea; 椰奶=coconut milk; 燕麦奶=oat milk; 豆奶=soy milk; 杏仁奶=almond milk
果酱=jam; 花生酱=peanut butter; 芝麻酱=sesame paste|tahini; 番茄酱=ketchup; 蛋黄酱=mayonnaise|mayo; 沙拉酱=dressing; 芥末=mustard|wasabi
火锅底料=hot pot base; 方便面=instant noodle; 泡面=instant noodle; 粉丝=vermicelli|glass noodle; 米粉=rice noodle; 饺子=dumpling
月饼=mooncake; 粽子=zongzi|rice dumpling; 年糕=rice cake; 麻薯=mochi; 肉松=meat floss|floss; 海苔=seaweed|nori; 紫菜=seaweed|nori
辣条=spicy snack|spicy strip; 爆米花=popcorn; 瓜子=sunflower seed|seed; 鱼干=dried fish; 虾片=prawn cracker; 能量棒=energy bar|protein bar
蛋白棒=protein bar; 代餐=meal replacement; 减脂=fat burning|weight loss; 零卡=zero calorie; 无添加=additive free
# more electronics
手机=phone; 智能手机=smartphone|phone; 充电线材=cable; 数据线转接头=adapter; 转接头=adapter|dongle; 扩展坞=dock|hub; 集线器=hub
蓝牙鼠标=bluetooth mouse|mouse; 无线鼠标=wireless mouse|mouse; 机械键盘=mechanical keyboard|keyboard; 键帽=keycap; 手写笔=stylus|pen
电容笔=stylus|pencil; 平板支架=tablet stand|stand; 笔记本支架=laptop stand|stand; 散热器=cooler|cooling pad; 电竞=gaming
游戏手柄=controller|gamepad; 耳麦=headset; 摄影灯=studio light|light; 稳定器=gimbal|stabilizer; 云台=gimbal; 运动相机=action camera
行车记录=dash cam; 门铃=doorbell; 智能门锁=smart lock|lock; 智能灯泡=smart bulb|bulb; 智能音箱=smart speaker|speaker; 电子秤=scale
# kids: ride-ons, clothes, motifs and toys
平衡车=balance bike|bike; 滑板车=scooter; 踏板车=scooter; 三轮车=tricycle|trike; 扭扭车=ride-on|ride on; 学步车=walker
童车=ride-on|bike; 连体雨衣=puddle suit|rain suit|raincoat; 雨裤=rain pant|waterproof trousers; 爬服=romper|sleepsuit
哈衣=romper|sleepsuit; 连身衣=romper|sleepsuit; 睡袍=nightgown|robe; 防晒帽=sun hat; 渔夫帽子=bucket hat; 围嘴=bib
独角兽=unicorn; 恐龙=dinosaur|dino; 小熊=bear|teddy; 泰迪熊=teddy bear|teddy; 海洋=sea|ocean; 彩虹=rainbow; 星星=star
火车=train; 小火车=train; 飞机=airplane|plane; 公主=princess; 超级英雄=superhero; 美人鱼=mermaid; 太空=space|rocket
宇航员=astronaut; 小猪=pig; 狮子=lion; 老虎=tiger; 大象=elephant; 长颈鹿=giraffe; 熊猫=panda; 水獭=otter; 狐狸=fox
叠叠乐=stacker|stacking; 彩虹塔=rainbow stacker|stacker; 形状=shape; 配对=sorter|matching; 磁力片=magnetic tiles|tiles
橡皮泥=play dough|dough|clay; 彩泥=play dough|dough; 过家家=pretend play; 厨房玩具=play kitchen; 洗澡玩具=bath toy
夜光=glow|glow in the dark; 墙贴=wall sticker|decal; 音乐玩具=musical toy|music; 早教=educational|learning; 蒙氏=montessori
# phone, laptop and wearable accessories (chargers, cables, cases, protectors, mounts, wearables)
磁吸=magnetic|magsafe; 磁吸充电宝=magnetic power bank|power bank; 磁吸钱包=magnetic wallet|wallet; 磁吸卡包=magnetic wallet|card holder
磁吸支架=magnetic mount|mount|stand; 磁吸壳=magsafe case|case; 磁吸充电器=magnetic charger|wireless charger|charger; 磁力=magnetic
充电器=charger; 快充头=fast charger|charger; 氮化镓=gan; 氮化镓充电器=gan charger|charger; 车充=car charger|charger; 桌面充=desktop charger|charging station
充电站=charging station|station; 充电座=charging dock|dock|stand; 充电支架=charging stand|stand; 无线充电支架=wireless charging stand|stand
无线充电板=wireless charger pad|charger pad|pad; 三合一=3in1; 二合一=2in1; 四合一=4in1; 多口=multi port|port
线材=cable; 编织线=braided cable|cable; 编织数据线=braided cable|cable; 编织充电线=braided cable|cable; 快充线=fast charging cable|cable
苹果线=lightning cable|cable; 闪电线=lightning cable|cable; 转接线=adapter cable|cable; 高清线=hdmi cable|cable; 视频线=hdmi cable|cable
拓展坞=dock|hub; 转换头=adapter|plug adapter; 插头类型=plug; 规格=plug|type
壳=case; 透明壳=clear case|case; 透明手机壳=clear phone case|case; 硅胶壳=silicone case|case; 防摔壳=rugged case|armor case|case
手机保护壳=phone case|case; 皮套=leather case|folio|case; 翻盖皮套=folio case|folio|case; 键盘保护套=keyboard case|case; 键盘套=keyboard case|case
耳机壳=earbuds case|case|cover; 耳机保护套=earbuds case|case|cover; 平板保护套=tablet case|folio|case
保护膜=screen protector|protector; 屏幕保护膜=screen protector|protector; 屏幕膜=screen protector|protector; 防窥膜=privacy screen protector|protector
手机挂绳=phone lanyard|lanyard|strap; 挂绳=lanyard|strap; 手机链=phone strap|lanyard|strap; 斜挎挂绳=crossbody lanyard|lanyard|strap
指环扣=phone grip|ring holder|grip; 手机指环=ring holder|grip; 手机气囊=phone grip|grip; 气囊支架=phone grip|grip
出风口支架=vent mount|mount; 车载手机支架=car phone mount|mount; 吸盘支架=suction mount|mount; 桌面支架=desk stand|stand
内胆包=sleeve; 电脑内胆包=laptop sleeve|sleeve; 笔记本内胆包=laptop sleeve|sleeve; 电脑套=laptop sleeve|sleeve
键盘=keyboard; 蓝牙键盘=bluetooth keyboard|keyboard; 无线键盘=wireless keyboard|keyboard; 鼠标=mouse
防丢器=tracker|item tracker|finder; 追踪器=tracker; 定位器=tracker|finder; 寻物器=tracker|finder; 钥匙防丢=key finder|tracker
音箱=speaker; 小音箱=mini speaker|speaker; 便携音箱=portable speaker|speaker; 耳机盒=earbuds case|case
清洁套装=cleaning kit|kit; 屏幕清洁=screen cleaning|cleaning kit|kit; 清洁布=cleaning cloth|cloth; 礼品卡=gift card|card
手表=watch; 苹果手表=apple watch|watch; 表盘=watch face|face; 运动表带=sport band|strap|loop
# colour names accessory listings use (the viewer's Chinese for "Mint", "Sky Blue", "Space Grey" ...)
珊瑚色=coral; 珊瑚红=coral; 薄荷绿=mint; 薄荷色=mint; 天蓝色=sky blue; 天蓝=sky blue; 奶油色=cream; 奶白色=cream
鼠尾草绿=sage; 灰绿色=sage; 淡紫色=lilac|lavender; 香芋紫=lilac|lavender; 深空灰=space grey; 午夜色=midnight; 午夜黑=midnight
炭灰色=charcoal; 炭黑=charcoal; 沙色=sand; 沙色的=sand; 棕褐色=tan; 驼色=tan|camel; 陶土色=clay; 彩虹色=rainbow
"""


def _parse(text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    """zh -> (English gloss as shown, the head noun's other spellings)."""
    out: dict[str, tuple[str, tuple[str, ...]]] = {}
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        for entry in line.split(";"):
            entry = entry.strip()
            if not entry:
                continue
            zh, _, gloss = entry.partition("=")
            first, *alts = gloss.strip().split("|")
            out.setdefault(zh.strip().lower(), (first.strip(), tuple(a.strip() for a in alts if a.strip())))
    return out


ZH_LEXICON: dict[str, tuple[str, tuple[str, ...]]] = _parse(_ENTRIES)
