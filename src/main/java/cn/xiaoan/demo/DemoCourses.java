package cn.xiaoan.demo;

import java.util.List;

import cn.xiaoan.training.GradeBand;
import cn.xiaoan.training.NewCourse;
import cn.xiaoan.training.Topic;

/** The courses of the demo training bases (invented, after what such bases offer). */
final class DemoCourses {

	static final List<NewCourse> COUNTY = List.of(
			new NewCourse("消防逃生体验", Topic.FIRE, "在模拟烟雾通道中练习低姿弯腰、用湿毛巾捂住口鼻撤离，认识灭火器的构造，在教官指导下用干粉灭火器扑灭油盆火。", 90,
					GradeBand.ALL, 40),
			new NewCourse("地震避险与应急疏散", Topic.EARTHQUAKE, "登上地震模拟平台体验六至八级震感，练习“伏地、遮挡、手抓牢”的避险动作，按疏散路线有序撤离到空旷场地。", 60,
					GradeBand.ALL, 40),
			new NewCourse("防溺水与心肺复苏", Topic.DROWNING, "学习防溺水“六不”守则和岸上救援方法（递、抛、划），在模拟人上练习胸外按压与人工呼吸，了解AED的使用步骤。", 120,
					GradeBand.JUNIOR, 30),
			new NewCourse("交通安全模拟驾驶", Topic.TRAFFIC, "通过模拟驾驶舱和路口情景沙盘认识交通信号与标志，体验大型车辆的视线盲区和刹车距离，学会安全过马路、乘车系好安全带。", 60,
					GradeBand.PRIMARY_UPPER, 30),
			new NewCourse("防踩踏疏散演练", Topic.STAMPEDE, "在模拟楼梯间体验人群拥挤，学习靠右行走、不推不挤，跌倒时双手抱头、身体蜷缩的自我保护姿势，以及发现拥挤时如何大声示警。", 45,
					GradeBand.ALL, 50),
			new NewCourse("家庭用电与燃气安全", Topic.OTHER, "认识家中插座、电器和燃气灶的安全隐患，练习发现燃气泄漏时关闭阀门、打开门窗、不开关电器的正确做法。", 45,
					GradeBand.PRIMARY_LOWER, 30));

	static final List<NewCourse> CITY = List.of(
			new NewCourse("高层建筑火灾逃生", Topic.FIRE, "在多层烟热实训楼中练习判断火势、选择疏散楼梯，体验缓降器逃生，学习被困时如何用湿布封堵门缝并发出求救信号。", 90,
					GradeBand.SENIOR, 40),
			new NewCourse("地震小屋与家庭应急包", Topic.EARTHQUAKE, "在地震小屋中体验摇晃，认识家庭应急包里的必备物品，动手整理一个属于自己的应急包。", 60,
					GradeBand.PRIMARY_LOWER, 30),
			new NewCourse("急救技能实训", Topic.FIRST_AID, "学习止血、包扎、骨折固定和海姆立克急救法，分组在模拟人上完成心肺复苏考核。", 120, GradeBand.ALL, 30),
			new NewCourse("水上安全与自救", Topic.DROWNING, "在浅水训练池中学习漂浮、踩水等自救技能，认识救生衣和救生圈的正确用法，牢记不私自下水游泳。", 90,
					GradeBand.PRIMARY_UPPER, 24),
			new NewCourse("校车与骑行安全", Topic.TRAFFIC, "在实训场认识校车的安全设施，练习使用应急门和安全锤，学习自行车骑行规则和头盔的正确佩戴方法。", 60, GradeBand.ALL,
					40),
			new NewCourse("公共场所防踩踏", Topic.STAMPEDE, "通过人群疏散模拟系统了解踩踏事故的成因，练习在商场、车站等人员密集场所遇到拥挤时的避险方法。", 45,
					GradeBand.JUNIOR, 60));

	private DemoCourses() {
	}

}
